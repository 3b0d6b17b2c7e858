// The receipt-code page (§V.A). The code stays in the form field: never in the address, never stored.
'use strict';

(function () {
  var KINDS = { RECEIPT: 'Receipt', STATUS: 'Status', OVERDUE: 'Delay', DISPOSITION: 'Outcome',
    QUESTION: 'Question from the investigator', ANSWER: 'Your answer' };
  var message = document.getElementById('message');
  var codeField = document.getElementById('code');
  var answerForm = document.getElementById('answer-form');

  function show(view) {
    document.getElementById('caseNumber').textContent = view.caseNumber;
    document.getElementById('status').textContent = view.status;
    var body = document.querySelector('#correspondence tbody');
    while (body.firstChild) { body.removeChild(body.firstChild); }
    view.correspondence.forEach(function (letter) {
      var row = body.insertRow();
      row.insertCell().textContent = letter.writtenAt ? letter.writtenAt.substring(0, 10) : '';
      row.insertCell().textContent = KINDS[letter.kind] || letter.kind;
      var text = row.insertCell();
      text.className = 'text';
      text.textContent = letter.text;
    });
    answerForm.hidden = !view.questionOpen;
    document.getElementById('case').hidden = false;
  }

  function codeBody(extra) {
    var body = new URLSearchParams();
    body.append('code', codeField.value);
    Object.keys(extra || {}).forEach(function (key) { body.append(key, extra[key]); });
    return body;
  }

  var ready = ReportPages.loadForm().catch(function (error) { ReportPages.showMessage(message, error.message); });

  document.getElementById('lookup').addEventListener('submit', function (event) {
    event.preventDefault();
    ReportPages.showMessage(message, '');
    document.getElementById('case').hidden = true;
    ready.then(function () { return ReportPages.post('/report/status', codeBody()); })
      .then(show)
      .catch(function (error) { ReportPages.showMessage(message, error.message); });
  });

  answerForm.addEventListener('submit', function (event) {
    event.preventDefault();
    ReportPages.showMessage(message, '');
    var answer = document.getElementById('answer');
    ReportPages.post('/report/answer', codeBody({ answer: answer.value }))
      .then(function (view) { answer.value = ''; show(view); })
      .catch(function (error) { ReportPages.showMessage(message, error.message); });
  });
})();
