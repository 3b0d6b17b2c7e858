// Shared by the report pages. Everything a sender or investigator typed is put on the page with
// textContent only, never innerHTML: it is shown as text and can never run as script.
'use strict';

var ReportPages = (function () {
  var token = null;

  /** Loads the form's choices; the response's X-XSRF-TOKEN header is the token every POST must send back. */
  function loadForm() {
    return fetch('/report/form', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        token = response.headers.get('X-XSRF-TOKEN');
        if (!response.ok) { throw new Error('The form could not be loaded (error ' + response.status + '). Reload the page.'); }
        return response.json();
      });
  }

  /** POSTs the body with the token; resolves with the JSON answer or fails with the server's message. */
  function post(url, body) {
    return fetch(url, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': token || '', Accept: 'application/json' }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          throw new Error(json.message || ('The server refused the request (error ' + response.status + ').'));
        }
        return json;
      });
    }, function () {
      throw new Error('The server could not be reached. Nothing was recorded; try again.');
    });
  }

  function showMessage(element, text) {
    element.textContent = text;
    element.hidden = !text;
    if (text) { element.focus(); }
  }

  return { loadForm: loadForm, post: post, showMessage: showMessage };
})();
