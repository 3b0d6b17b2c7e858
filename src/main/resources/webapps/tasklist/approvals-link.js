/*
 * Tasklist plugin (issue 17, §III.R): "Approvals" in Tasklist's header, next to "Start process", opening the
 * approvals page. Loaded through config.js customScripts (platform/webapps/WebappCustomization): since Camunda 7.14 the
 * webapps import each such ES module and register the plugins it exports at their plugin point; the header's
 * actions are the point "tasklist.navbar.action", shown once someone is signed in.
 *
 * A plain link on the same site: the page asks /api/approvals with this Tasklist session's cookie, so nobody signs in
 * twice. It opens in the same tab, and the page links back to Tasklist.
 */
export default {
  id: 'approvals-link',
  pluginPoint: 'tasklist.navbar.action',
  // Camunda's own actions ("Start process" 100, "Create task" 200) come first, sorted by priority, highest first.
  priority: 50,
  render: function (node) {
    var link = document.createElement('a');
    link.href = '/approvals.html';
    link.title = 'Approvals to depict the department (§III.R): every status, with a filter';
    var icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-check';
    link.appendChild(icon);
    link.appendChild(document.createTextNode(' Approvals'));
    node.appendChild(link);
  }
};
