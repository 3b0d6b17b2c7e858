/*
 * Tasklist (issue 17): when someone starts a process from "Start process" and the new instance has a business key
 * (a depiction request's DR-…, a violation report's VR-…, set by the process's first delegate in the starting
 * transaction), the confirmation says it: "Your request DR-12 was received." instead of Camunda's "The process has
 * been started.", and stays long enough to note the number.
 *
 * Why this way: Tasklist's start dialog hands the submit-form answer (the new instance, with its businessKey) to no
 * plugin point; it only shows a fixed, translated message. So this module, loaded through config.js customScripts
 * like the header link (platform/webapps/WebappCustomization), decorates two of Tasklist's AngularJS services on
 * "cam.tasklist.custom", the module Tasklist creates and bootstraps for custom scripts (customScripts are imported
 * before the app is bootstrapped, so its config block still runs):
 *   - camAPI: the process definitions' submitForm (what every start form calls) notes the answer's businessKey;
 *   - Notifications: the next start confirmation (Camunda's PROCESS_START_OK text) after such an answer names it.
 * Any process whose instance has a business key gets it; without one, Camunda's message stays as it was.
 */
var angular = window.angular;

/** The business key of the last successful start, for the confirmation that follows it within seconds. */
var lastStart = null;
var CONFIRMATION_WINDOW_MS = 10000;

function noteStart(result) {
  lastStart = result && result.businessKey ? {businessKey: result.businessKey, at: Date.now()} : null;
}

function takeStartedKey() {
  var start = lastStart;
  lastStart = null;
  return start && Date.now() - start.at < CONFIRMATION_WINDOW_MS ? start.businessKey : null;
}

angular.module('cam.tasklist.custom').config(['$provide', function ($provide) {
  $provide.decorator('camAPI', ['$delegate', function (camAPI) {
    var definitions = camAPI.resource('process-definition');
    var submitForm = definitions.submitForm;
    definitions.submitForm = function (data, done) {
      lastStart = null;
      return submitForm.call(this, data, function (err, result) {
        if (!err) {
          noteStart(result);
        }
        if (typeof done === 'function') {
          return done.apply(this, arguments);
        }
      });
    };
    return camAPI;
  }]);

  $provide.decorator('Notifications', ['$delegate', '$injector', function (Notifications, $injector) {
    var addMessage = Notifications.addMessage;
    Notifications.addMessage = function (message) {
      // $translate is looked up now, not injected: the translation service is built after Notifications.
      if (lastStart && message && message.status === $injector.get('$translate').instant('PROCESS_START_OK')) {
        var number = takeStartedKey();
        if (number) {
          // One sentence in the status line: Tasklist puts " : " between a status and a message.
          message = angular.extend({}, message, {
            status: 'Your request ' + number + ' was received. Quote its number whenever you ask about it.',
            duration: 15000
          });
        }
      }
      return addMessage.call(this, message);
    };
    return Notifications;
  }]);
}]);

// A customScripts module hands its plugins over as its default export; this one adds behaviour, no view.
export default [];
