/*
 * What every Tasklist form of this application shares, written once (issue 17): Tasklist loads this file before it
 * starts (config.js "customScripts", platform/webapps/SharedFormFiles), so a form's <script cam-script> finds
 * window.policyForms already there. Embedded forms have no include of their own: the Forms SDK evaluates only the
 * text of their cam-script elements, and Tasklist inserts the form's HTML without running other scripts.
 *
 * - show / file / notice: variables read through the Forms SDK's own variableManager (fetchVariable, variableValue).
 * - violationCase / removal: the summary of a violation case or of a removal, markup in violation-case.html and
 *   removal.html next to this file (the forms ng-include it).
 * - Required fields: every control with the "required" attribute gets a marked label, and while Tasklist greys out
 *   Start or Complete the sentence beside the button names what is still missing. Applied to every embedded form
 *   as it appears, so no form has to ask for it. Conditional requirements stay with the server's refusals.
 */
const folder = new URL('.', import.meta.url).pathname;

/** Fetches the variables and puts each on $scope under its own name once fetched; then calls done, if given. */
function show(camForm, $scope, names, done) {
  fetchAll(camForm, names, function (value) {
    names.forEach(function (name) { $scope[name] = value(name); });
    if (done) { done(value); }
  });
}

/**
 * Asks the Forms SDK for the variables (before it fetches the form's own), then hands over a reader of their values.
 * A variable the form binds to a field is the field's: the SDK fetches it already, and it is not read here.
 */
function fetchAll(camForm, names, then) {
  var manager = camForm.variableManager;
  var fetched = names.filter(function (name) { return !manager.variable(name); });
  fetched.forEach(function (name) { manager.fetchVariable(name); });
  camForm.on('variables-fetched', function () {
    then(function (name) { return fetched.indexOf(name) < 0 ? null : manager.variableValue(name); });
  });
}

/** A File variable as a link ({url, name}); null when absent or left empty (a File variable without a file name). */
function file(camForm, name) {
  var variable = camForm.variableManager.variable(name);
  return variable && variable.type === 'File' && variable.valueInfo && variable.valueInfo.filename
    ? { url: variable.contentUrl, name: variable.valueInfo.filename } : null;
}

/** A notice to the employee concerned (a File variable) and its case: $scope.notice, $scope.caseNumber. */
function notice(camForm, $scope, noticeName) {
  show(camForm, $scope, ['caseNumber', noticeName], function () { $scope.notice = file(camForm, noticeName); });
}

var VIOLATION_CASE = ['caseNumber', 'subjectId', 'subject', 'placeAndTime', 'clauses', 'whatWasPosted', 'evidenceUrl',
  'evidence', 'endangers', 'retaliationFlag', 'selfReported'];

/** The case as reported and triaged, for $scope.violationCase; $scope.caseNumber for the form's own text. */
function violationCase(camForm, $scope, done) {
  $scope.violationCaseSummary = folder + 'violation-case.html';
  fetchAll(camForm, VIOLATION_CASE, function (value) {
    var summary = {};
    VIOLATION_CASE.forEach(function (name) { summary[name] = value(name); });
    summary.evidence = file(camForm, 'evidence');
    $scope.violationCase = summary;
    $scope.caseNumber = summary.caseNumber;
    if (done) { done(value); }
  });
}

var REMOVAL = ['approvalNumber', 'removalReason', 'escalationCause', 'removalExplanation', 'evidenceUrl',
  'removalStatement', 'evidence', 'supervisorNote', 'verifierNote', 'designeeNote'];

/**
 * The removal so far, for $scope.removal: what was directed, the requester's answer, the notes of whoever looked at
 * it since. A variable the form itself asks for (a field) is not shown in the summary.
 */
function removal(camForm, $scope, done) {
  $scope.removalSummary = folder + 'removal.html';
  var evidenceIsAField = !!camForm.variableManager.variable('evidence');
  fetchAll(camForm, REMOVAL, function (value) {
    var cause = value('escalationCause');
    var summary = {
      approvalNumber: value('approvalNumber'),
      reason: value('removalReason'),
      cause: cause === 'refused' ? 'the requester refused' : cause ? 'the deadline passed' : null,
      explanation: value('removalExplanation'),
      evidenceUrl: value('evidenceUrl'),
      statement: value('removalStatement'),
      evidence: evidenceIsAField ? null : file(camForm, 'evidence'),
      supervisorNote: value('supervisorNote'),
      verifierNote: value('verifierNote'),
      designeeNote: value('designeeNote')
    };
    summary.answered = !!(summary.evidenceUrl || summary.statement || summary.evidence);
    $scope.removal = summary;
    if (done) { done(value); }
  });
}

var OFFICIAL_POST = ['postNumber', 'accountLabels', 'categoryLabel', 'urgent', 'intendedAt', 'postText', 'media',
  'screenFlags', 'flagCount', 'prohibitedItems', 'supervisorNote', 'notation', 'writtenAuthorization', 'overseerNotation',
  'publishedAt', 'postUrl'];

/**
 * An official post so far, for $scope.post: what it says and shows, the screen's flags, the §IV items attested, the
 * notes of whoever looked at it. A variable the form itself asks for (a field) is left out of the summary.
 */
function officialPost(camForm, $scope, done) {
  $scope.officialPostSummary = folder + 'official-post.html';
  var mediaIsAField = !!camForm.variableManager.variable('media');
  fetchAll(camForm, OFFICIAL_POST, function (value) {
    var summary = {};
    OFFICIAL_POST.forEach(function (name) { summary[name] = value(name); });
    summary.media = mediaIsAField ? null : file(camForm, 'media');
    summary.screened = value('flagCount') !== null && value('flagCount') !== undefined;
    $scope.post = summary;
    if (done) { done(value); }
  });
}

// --- required fields -------------------------------------------------------------------------------------------

/**
 * What a person calls the field: its label up to the first parenthesis, without the memo's item number
 * ("1. Description of the proposed usage (§III.E item 1)" is "Description of the proposed usage").
 */
function fieldName(control) {
  var label = labelOf(control);
  var text = label ? label.textContent : (control.getAttribute('name') || control.id);
  return text.replace(/\s+/g, ' ').trim().split(' (')[0].replace(/^\d+\.\s*/, '').replace(/[:.]$/, '');
}

function labelOf(control) {
  return (control.id && control.form.querySelector('label[for="' + control.id + '"]')) || control.closest('label');
}

/**
 * The Start button of the start dialog, or the Complete button of a task form. (The dialog holds a Complete button
 * too, hidden: Tasklist's form directive always has one.)
 */
function buttonOf(form) {
  var dialog = form.closest('.modal');
  if (dialog) { return dialog.querySelector('button[ng-click="startProcessInstance()"]'); }
  var task = form.closest('[cam-tasklist-form]');
  return task && task.querySelector('.form-actions button[ng-click="complete()"]');
}

/** The sentence beside a greyed-out button: what is still missing, then what is filled in wrongly. */
function stillNeeded(form) {
  var controls = Array.prototype.slice.call(form.querySelectorAll('input, select, textarea'));
  var missing = controls.filter(function (c) { return c.hasAttribute('required') && c.classList.contains('ng-invalid-required'); });
  var wrong = controls.filter(function (c) { return c.classList.contains('ng-invalid') && missing.indexOf(c) < 0; });
  var sentences = [];
  if (missing.length) { sentences.push('Still needed: ' + missing.map(fieldName).join(', ') + '.'); }
  if (wrong.length) { sentences.push('To correct: ' + wrong.map(fieldName).join(', ') + '.'); }
  return sentences.join(' ');
}

function watchRequired(form) {
  form.setAttribute('data-required-watched', '');
  form.querySelectorAll('[required]').forEach(function (control) {
    var label = labelOf(control);
    if (label) { label.classList.add('required-field'); }
  });
  var update = function () {
    if (!form.isConnected) { observer.disconnect(); return; }
    var button = buttonOf(form);
    if (!button) { return; }
    var note = button.parentNode.querySelector('.still-needed');
    if (!note) {
      note = document.createElement('span');
      note.className = 'still-needed text-danger';
      note.setAttribute('role', 'status');
      button.parentNode.insertBefore(note, button.nextSibling);
    }
    // A form that is not the person's to fill in (a task not claimed) is greyed out for that reason, not for its fields.
    var locked = form.closest('.disabled-form');
    var text = button.disabled && !locked ? stillNeeded(form) : '';
    if (note.textContent !== text) { note.textContent = text; }
  };
  // Angular shows validity as classes on the controls, Tasklist greys the button with "disabled" and a form that is
  // not the person's with a class on its wrapper: watch all three, from the dialog or the task's form pane down.
  var observer = new MutationObserver(update);
  var pane = form.closest('.modal') || form.closest('[cam-tasklist-form]') || form;
  observer.observe(pane, { attributes: true, subtree: true, attributeFilter: ['class', 'disabled'] });
  update();
}

new MutationObserver(function () {
  document.querySelectorAll('.injected-form-wrapper form:not([data-required-watched])').forEach(watchRequired);
}).observe(document.documentElement, { childList: true, subtree: true });

window.policyForms = { show: show, file: file, notice: notice, violationCase: violationCase, removal: removal,
  officialPost: officialPost };
