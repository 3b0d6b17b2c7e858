// The posting log's page (issue 14, §VI.B, §II.C). Authenticated by the webapps' sign-in of this browser (the session
// cookie), never by HTTP basic. The period is the page's own address (?from=&to=, the form's GET), so a period can be
// linked to and reloaded; the entries and the refusals are the server's (/api/posting/log), the exports the server's
// documents of the same period. Every text is set with textContent, so nothing a poster typed can run as script here.
(function () {
  'use strict';

  var STEPS = {
    FILED: 'Filed by an authorized poster (§I.A)',
    REQUESTED: 'Requested through the chain of command (§I.B)',
    FORWARDED: 'Forwarded by the supervisor (§I.B)',
    DECLINED: 'Declined by the supervisor (§I.B)',
    SCREENED: 'Screened (§IV)',
    ATTESTED: 'Checked and attested (§IV)',
    APPROVED: 'Approved',
    CHANGES_REQUESTED: 'Changes asked for',
    REJECTED: 'Rejected',
    REVISED: 'Revised',
    PUBLISHED: 'Published (§II.C)',
    REVIEWED: 'Reviewed after it went out',
    REVIEW_OVERDUE: 'Review overdue',
    TAKEN_DOWN: 'Taken down (§VI.B)',
    CORRECTION: 'Correction'
  };
  // How long the page looks back when its address names no period.
  var DEFAULT_DAYS = 30;

  var message = document.getElementById('message');
  StaffApi.whenSignedOut(function () { document.getElementById('sign-in').hidden = false; });

  function utcDay(daysAgo) {
    return new Date(Date.now() - daysAgo * 86400000).toISOString().substring(0, 10);
  }

  function when(iso) {
    return iso ? iso.replace('T', ' ').replace(/(\.\d+)?(Z|[+-]\d\d:\d\d)$/, '') : '';
  }

  function lines() {
    return Array.prototype.filter.call(arguments, function (line) { return line; }).join('\n');
  }

  function cell(row, text, className) {
    var td = row.insertCell();
    td.textContent = text == null ? '' : text;
    if (className) { td.className = className; }
    return td;
  }

  function byWhom(row, view) {
    var td = cell(row, view.recordedByName);
    if (view.entry.capacity) {
      var capacity = document.createElement('span');
      capacity.className = 'capacity';
      capacity.textContent = view.entry.capacity;
      td.appendChild(capacity);
    }
  }

  function poster(view) {
    var requested = view.requesterName && view.requesterName !== view.posterName
      ? 'requested by ' + view.requesterName : null;
    return lines(view.posterName, requested);
  }

  function published(row, e) {
    var td = cell(row, lines(when(e.publishedAt), e.publishedBeforeReview ? 'before its review' : null));
    if (!e.postUrl) { return; }
    if (td.textContent) { td.appendChild(document.createTextNode('\n')); }
    // Only a web address becomes a link: anything else stays text.
    td.appendChild(/^https?:\/\//i.test(e.postUrl) ? webLink(e.postUrl) : document.createTextNode(e.postUrl));
  }

  function webLink(url) {
    var link = document.createElement('a');
    link.href = url;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    link.textContent = url;
    return link;
  }

  function correction(view) {
    var e = view.entry;
    return lines(e.correctsEntry ? 'Corrects entry ' + e.correctsEntry : null, e.reason,
      view.correctedBy.length ? 'Corrected by entry ' + view.correctedBy.join(', ') : null);
  }

  function step(e) {
    return (STEPS[e.kind] || e.kind) + (e.kind === 'REVIEWED' && e.decision ? ': ' + e.decision : '');
  }

  function show(entries) {
    var body = document.querySelector('#entries tbody');
    body.replaceChildren();
    entries.forEach(function (view) {
      var e = view.entry;
      var row = body.insertRow();
      row.dataset.entry = e.id;
      row.dataset.kind = e.kind;
      row.dataset.post = e.postNumber;
      cell(row, e.id);
      cell(row, when(e.recordedAt), 'when');
      cell(row, e.postNumber, 'post');
      cell(row, step(e));
      byWhom(row, view);
      cell(row, e.accounts);
      cell(row, poster(view));
      cell(row, lines(e.postText, e.media ? 'Media: ' + e.media : null));
      cell(row, lines(e.screenResult, e.attestation));
      cell(row, lines(e.notation, e.writtenAuthorization ? 'Written authorization (§IV): ' + e.writtenAuthorization : null));
      cell(row, e.guidelineVersion);
      published(row, e);
      cell(row, correction(view));
    });
  }

  function describe(from, to) {
    if (!from && !to) { return 'all dates'; }
    if (!to) { return 'from ' + from; }
    return from ? from + ' to ' + to : 'until ' + to;
  }

  function exportLink(id, query, format) {
    document.getElementById(id).href = '/api/posting/log/export?' + query + '&format=' + format;
  }

  function load() {
    var asked = new URLSearchParams(window.location.search);
    var named = asked.has('from') || asked.has('to');
    var from = named ? asked.get('from') || '' : utcDay(DEFAULT_DAYS);
    var to = named ? asked.get('to') || '' : utcDay(0);
    document.getElementById('from').value = from;
    document.getElementById('to').value = to;
    var query = new URLSearchParams({ from: from, to: to }).toString();
    message.textContent = 'Loading…';
    StaffApi.get('/api/posting/log?' + query).then(function (log) {
      show(log.entries);
      document.getElementById('entries').hidden = !log.entries.length;
      exportLink('export-csv', query, 'csv');
      exportLink('export-pdf', query, 'pdf');
      document.getElementById('exports').hidden = false;
      var count = log.entries.length;
      message.textContent = (count === 1 ? '1 entry' : (count || 'No') + ' entries') + ', '
        + describe(log.from, log.to) + ' (UTC).';
    }).catch(function (error) {
      document.getElementById('entries').hidden = true;
      document.getElementById('exports').hidden = true;
      message.textContent = error.message;
    });
  }

  load();
})();
