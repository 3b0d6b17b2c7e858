// The staff pages' one way to call /api: authenticated by the webapps' sign-in of this browser (the session cookie),
// never by HTTP basic. Every read answers the session's CSRF token in X-XSRF-TOKEN (WebappSessionCsrfFilter); every
// change sends it back, as Camunda's own webapps do. A refusal becomes an Error carrying the server's sentence.
var StaffApi = (function () {
  'use strict';

  var token = null;
  var signedOut = [];

  function answer(response) {
    var sent = response.headers.get('X-XSRF-TOKEN');
    if (sent) { token = sent; }
    if (response.status === 401) {
      signedOut.forEach(function (show) { show(); });
      throw new Error('You are not signed in.');
    }
    return response.json().catch(function () { return {}; }).then(function (body) {
      if (!response.ok) {
        throw new Error(body.message || ('The server refused the request (error ' + response.status + ').'));
      }
      return body;
    });
  }

  function unreachable() {
    throw new Error('The server could not be reached. Nothing was changed; try again.');
  }

  function get(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(answer, unreachable);
  }

  /** A GET of one page of a list: its lines, and how many the whole list has (the answer's X-Total-Count). */
  function getPage(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        var total = Number(response.headers.get('X-Total-Count'));
        return answer(response).then(function (lines) { return { lines: lines, total: total }; });
      }, unreachable);
  }

  /** POST, PATCH or PUT of a JSON body with the session's token. */
  function send(method, url, body) {
    return fetch(url, {
      method: method, credentials: 'same-origin', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token || '' }
    }).then(answer, unreachable);
  }

  /** Runs the callback when the server answers that nobody is signed in (to show the page's sign-in hint). */
  function whenSignedOut(callback) {
    signedOut.push(callback);
  }

  return { get: get, getPage: getPage, send: send, whenSignedOut: whenSignedOut };
})();
