// The roster page (issue 15, §VI.A). Every text is set with textContent, so nothing typed into the roster can run as
// script here. What the signed-in user may do comes from the server (/api/roster/access); the server refuses the
// rest anyway, with the sentence this page shows.
(function () {
  'use strict';

  var message = document.getElementById('message');
  var members = [];
  var editing = null;

  StaffApi.whenSignedOut(function () { document.getElementById('sign-in').hidden = false; });

  function say(text, done) {
    message.textContent = text;
    message.className = done ? 'done' : 'refused';
    message.hidden = !text;
    if (text) { message.focus(); }
  }

  function cell(row, text) {
    row.insertCell().textContent = text == null ? '' : text;
  }

  function leaving(m) {
    if (!m.leavingDate) { return ''; }
    return m.handedOverAt ? 'left ' + m.leavingDate : 'leaves ' + m.leavingDate;
  }

  function supervisorChoices(select, except, chosen) {
    select.replaceChildren(new Option('— none —', ''));
    members.filter(function (m) { return !m.leavingDate && m.userId !== except; }).forEach(function (m) {
      select.add(new Option(m.name, m.userId, false, m.userId === chosen));
    });
  }

  function showMembers(mayChange) {
    var body = document.querySelector('#members tbody');
    body.replaceChildren();
    members.forEach(function (m) {
      var row = body.insertRow();
      row.dataset.user = m.userId;
      if (m.leavingDate) { row.className = 'left'; }
      [m.name, m.userId, m.rank, m.unit, m.supervisorName, m.hireDate, leaving(m)].forEach(function (v) { cell(row, v); });
      var actions = row.insertCell();
      if (mayChange && !m.leavingDate) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Change';
        button.addEventListener('click', function () { edit(m); });
        actions.appendChild(button);
      }
    });
    document.getElementById('members').hidden = false;
    supervisorChoices(document.getElementById('add-supervisor'), null, null);
  }

  function showChanges(changes) {
    var body = document.querySelector('#changes tbody');
    body.replaceChildren();
    changes.slice().reverse().forEach(function (c) {
      var row = body.insertRow();
      [c.changedAt.replace('T', ' ').replace(/(\.\d+)?(Z|[+-]\d\d:\d\d)$/, ''), c.name, c.field, c.oldValue, c.newValue,
       c.changedByName].forEach(function (v) { cell(row, v); });
    });
    document.getElementById('changes-section').hidden = false;
  }

  function edit(m) {
    editing = m;
    document.getElementById('change-name').textContent = m.name;
    document.getElementById('change-rank').value = m.rank || '';
    document.getElementById('change-unit').value = m.unit || '';
    supervisorChoices(document.getElementById('change-supervisor'), m.userId, m.supervisorId);
    document.getElementById('leaving-date').value = '';
    document.getElementById('change').hidden = false;
    document.getElementById('change-rank').focus();
  }

  function load(access) {
    return Promise.all([StaffApi.get('/api/roster'), StaffApi.get('/api/roster/changes')]).then(function (read) {
      members = read[0];
      showMembers(access.mayChange);
      showChanges(read[1]);
      document.getElementById('add').hidden = !access.mayChange;
    });
  }

  function fields(form) {
    var values = {};
    new FormData(form).forEach(function (value, name) { values[name] = value; });
    return values;
  }

  function start() {
    StaffApi.get('/api/roster/access').then(function (access) {
      if (!access.mayRead) {
        throw new Error('The roster is read by Human Resources and auditors.');
      }
      var reload = function () { return load(access); };

      document.getElementById('add-form').addEventListener('submit', function (event) {
        event.preventDefault();
        var form = event.target;
        var member = fields(form);
        StaffApi.send('POST', '/api/roster', member).then(function (added) {
          form.reset();
          say(added.name + ' was added to the roster; their social media training has started (§VI.A).', true);
          return reload();
        }).catch(function (error) { say(error.message); });
      });

      document.getElementById('change-form').addEventListener('submit', function (event) {
        event.preventDefault();
        var wanted = fields(event.target);
        var change = {};
        if (wanted.rank !== (editing.rank || '')) { change.rank = wanted.rank; }
        if (wanted.unit !== (editing.unit || '')) { change.unit = wanted.unit; }
        if (wanted.supervisorId !== (editing.supervisorId || '')) { change.supervisorId = wanted.supervisorId; }
        if (!Object.keys(change).length) {
          say('Nothing was changed: the rank, unit and supervisor are as they were.');
          return;
        }
        StaffApi.send('PATCH', '/api/roster/' + encodeURIComponent(editing.userId), change).then(function (changed) {
          say('The entry of ' + changed.name + ' was changed.', true);
          document.getElementById('change').hidden = true;
          return reload();
        }).catch(function (error) { say(error.message); });
      });

      document.getElementById('leaving-form').addEventListener('submit', function (event) {
        event.preventDefault();
        var url = '/api/roster/' + encodeURIComponent(editing.userId) + '/leaving';
        StaffApi.send('POST', url, fields(event.target)).then(function (left) {
          say(left.handedOverAt
            ? left.name + ' left on ' + left.leavingDate + '; their tasks and people were handed over.'
            : left.name + ' leaves on ' + left.leavingDate + '; their tasks and people are handed over that day.', true);
          document.getElementById('change').hidden = true;
          return reload();
        }).catch(function (error) { say(error.message); });
      });

      return reload();
    }).catch(function (error) { say(error.message); });
  }

  start();
})();
