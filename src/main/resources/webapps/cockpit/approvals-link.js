/*
 * Cockpit plugin (issue 17, §III.R): "Approvals" in Cockpit's header, for auditors, who read every approval and work in
 * Cockpit, not Tasklist (Tasklist's header has its own link, webapps/tasklist/approvals-link.js). Loaded through
 * config.js customScripts (platform/webapps/WebappCustomization) at Cockpit's header point "cockpit.navigation"
 * (priority 0 or more: in the header itself, not the "more" menu).
 *
 * A plain link on the same site: the page asks /api/approvals with this Cockpit session's cookie, the webapps' one
 * sign-in, so nobody signs in twice.
 */
export default {
  id: 'approvals-link',
  pluginPoint: 'cockpit.navigation',
  priority: 10,
  // Cockpit marks a navigation item active when the address contains its id or path: never, for a page outside Cockpit.
  checkActive: function () {
    return false;
  },
  render: function (node) {
    var link = document.createElement('a');
    link.href = '/approvals.html';
    link.title = 'Approvals to depict the department (§III.R): every status, with a filter';
    link.textContent = 'Approvals';
    node.appendChild(link);
  }
};
