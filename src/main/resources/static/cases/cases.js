// The case history page. Authenticated by the webapps' sign-in of this browser (the session cookie), never by
// HTTP basic. Every text is set with textContent, so nothing a person typed into a case can run as script here.
(function () {
  'use strict';

  var message = document.getElementById('message');

  var get = StaffApi.get;
  StaffApi.whenSignedOut(function () { document.getElementById('sign-in').hidden = false; });

  function cell(row, text, className) {
    var td = row.insertCell();
    td.textContent = text == null ? '' : text;
    if (className) { td.className = className; }
    return td;
  }

  function when(iso) {
    return iso ? iso.replace('T', ' ').replace(/(\.\d+)?Z$|(\.\d+)?\+00:00$/, '') : '';
  }

  function link(td, href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    td.textContent = '';
    td.appendChild(a);
  }

  function parties(c) {
    return c.parties.map(function (p) { return p.role + ': ' + p.name; }).join('; ');
  }

  function search(params) {
    document.getElementById('case').hidden = true;
    get('/api/cases?' + params.toString()).then(function (cases) {
      var body = document.querySelector('#results tbody');
      body.textContent = '';
      cases.forEach(function (c) {
        var row = body.insertRow();
        link(cell(row), '?case=' + encodeURIComponent(c.number), c.numbers.join(' / '));
        cell(row, c.kind);
        cell(row, c.summary);
        cell(row, parties(c));
        cell(row, c.status + (c.finished ? ' (finished)' : ' (running)'));
        cell(row, when(c.openedAt));
        cell(row, when(c.closedAt));
      });
      document.getElementById('results').hidden = false;
      message.textContent = cases.length + ' case(s).';
    }).catch(function (e) { message.textContent = e.message; });
  }

  function show(history) {
    var c = history.caseRecord;
    document.getElementById('results').hidden = true;
    document.getElementById('case-title').textContent = c.kind + ' ' + c.numbers.join(' / ');
    var fields = document.getElementById('case-fields');
    fields.textContent = '';
    [['Subject', c.summary], ['Status', c.status + (c.finished ? ' (finished)' : ' (running)')],
     ['Opened', when(c.openedAt)], ['Closed', when(c.closedAt) || '—']].concat(c.parties.map(function (p) {
      return [p.role, p.name];
    })).forEach(function (pair) {
      var dt = document.createElement('dt');
      dt.textContent = pair[0];
      var dd = document.createElement('dd');
      dd.textContent = pair[1];
      fields.appendChild(dt);
      fields.appendChild(dd);
    });
    document.getElementById('file-pdf').href = '/api/cases/' + encodeURIComponent(c.number) + '/file.pdf';
    document.getElementById('file-json').href = '/api/cases/' + encodeURIComponent(c.number) + '/file.json';
    var steps = document.querySelector('#steps tbody');
    steps.textContent = '';
    history.steps.forEach(function (s) {
      var row = steps.insertRow();
      cell(row, when(s.at));
      cell(row, s.who);
      cell(row, s.what);
      cell(row, s.process);
      cell(row, s.changes.map(function (ch) {
        return ch.variable + ': ' + (ch.before == null ? '' : ch.before + ' → ') + (ch.after == null ? '(empty)' : ch.after);
      }).join('\n'), 'changes');
    });
    var docs = document.querySelector('#documents tbody');
    docs.textContent = '';
    history.documents.forEach(function (d) {
      var row = docs.insertRow();
      link(cell(row), d.download, d.number);
      cell(row, d.title);
      cell(row, when(d.createdAt));
      cell(row, d.sizeBytes + ' bytes');
      cell(row, d.sha256, 'hash');
      cell(row, d.intact ? 'matches the stored document' : 'DOES NOT MATCH the stored document', d.intact ? '' : 'broken');
    });
    var checks = document.getElementById('checks');
    checks.textContent = '';
    history.integrity.concat(history.documents.map(function (d) {
      var valid = d.signatures.filter(function (s) { return s.valid; }).length;
      return d.number + ': ' + (valid ? 'signed by the department, unaltered' : 'NOT validly signed by the department');
    })).forEach(function (text) {
      var li = document.createElement('li');
      li.textContent = text;
      checks.appendChild(li);
    });
    document.getElementById('case').hidden = false;
    message.textContent = history.steps.length + ' step(s), ' + history.documents.length + ' document(s).';
  }

  function open(number) {
    get('/api/cases/' + encodeURIComponent(number)).then(show).catch(function (e) { message.textContent = e.message; });
  }

  var query = new URLSearchParams(window.location.search);
  document.getElementById('search').addEventListener('submit', function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    new FormData(event.target).forEach(function (value, key) { if (value) { params.set(key, value); } });
    history.replaceState(null, '', '?' + params.toString());
    search(params);
  });
  if (query.get('case')) {
    open(query.get('case'));
  } else if (query.get('instance')) {
    get('/api/cases/by-process-instance/' + encodeURIComponent(query.get('instance')))
      .then(function (c) { open(c.number); }).catch(function (e) { message.textContent = e.message; });
  } else {
    var form = document.getElementById('search');
    query.forEach(function (value, key) { if (form.elements[key]) { form.elements[key].value = value; } });
    search(query);
  }
}());
