// The anonymous report form (§V.A). Choices come from the server; texts are set with textContent only.
'use strict';

(function () {
  var form = document.getElementById('report');
  var message = document.getElementById('message');
  var send = document.getElementById('send');

  function addClause(container, clause) {
    var label = document.createElement('label');
    label.className = 'choice';
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'clauses';
    box.value = clause.code;
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + clause.code + ' ' + clause.title));
    container.appendChild(label);
  }

  ReportPages.loadForm().then(function (choices) {
    var clauses = document.getElementById('clauses');
    var section = null;
    choices.clauses.forEach(function (clause) {
      if (clause.section !== section) {
        section = clause.section;
        var heading = document.createElement('p');
        heading.className = 'section';
        heading.textContent = section;
        clauses.appendChild(heading);
      }
      addClause(clauses, clause);
    });
    var routeTo = document.getElementById('routeTo');
    choices.supervisors.forEach(function (supervisor) {
      var option = document.createElement('option');
      option.value = supervisor.id;
      option.textContent = 'Supervisor ' + supervisor.name;
      routeTo.appendChild(option);
    });
  }).catch(function (error) { ReportPages.showMessage(message, error.message); });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    ReportPages.showMessage(message, '');
    send.disabled = true;
    ReportPages.post('/report', new FormData(form)).then(function (receipt) {
      form.hidden = true;
      form.reset();
      document.getElementById('caseNumber').textContent = receipt.caseNumber;
      document.getElementById('receiptCode').textContent = receipt.receiptCode;
      var shown = document.getElementById('receipt');
      shown.hidden = false;
      shown.focus();
    }).catch(function (error) {
      // Refused: the form keeps everything typed, so nothing is lost; the message says what to correct.
      ReportPages.showMessage(message, error.message);
    }).then(function () { send.disabled = false; });
  });
})();
