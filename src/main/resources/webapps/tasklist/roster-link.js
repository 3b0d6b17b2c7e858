/*
 * Tasklist plugin (issue 15, §VI.A): "Roster" in Tasklist's header for Human Resources, who keep it, and auditors,
 * who read it; nobody else sees the link. Loaded like approvals-link.js (config.js customScripts, plugin point
 * "tasklist.navbar.action"). Whether to show it is the server's answer (/api/roster/access, this Tasklist
 * session's cookie), the same rule the roster's API enforces.
 */
export default {
  id: 'roster-link',
  pluginPoint: 'tasklist.navbar.action',
  // After "Approvals" (50).
  priority: 40,
  render: function (node) {
    var link = document.createElement('a');
    link.id = 'roster-link';
    link.href = '/roster/index.html';
    link.title = 'The roster Human Resources keeps (§VI.A): rank, unit, supervisor, hire and leaving dates';
    // The header's styles show links whatever their hidden attribute says: hide them with the style itself.
    link.style.display = 'none';
    var icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-list-alt';
    link.appendChild(icon);
    link.appendChild(document.createTextNode(' Roster'));
    node.appendChild(link);
    fetch('/api/roster/access', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { mayRead: false }; })
      .then(function (access) { link.style.display = access.mayRead ? '' : 'none'; })
      .catch(function () { link.style.display = 'none'; })
      // Marks that the answer is in (what a test waits for before it looks whether the link is shown).
      .then(function () { link.dataset.accessChecked = 'true'; });
  }
};
