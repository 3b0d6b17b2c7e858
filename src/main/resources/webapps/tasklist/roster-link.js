/*
 * Tasklist plugin (issue 15, §VI.A): "Roster" in Tasklist's header for Human Resources, who keep it, and auditors,
 * who read it; nobody else sees the link. Loaded like approvals-link.js (config.js customScripts, plugin point
 * "tasklist.navbar.action"). Whether to show it is the server's answer (/api/roster/access, this Tasklist
 * session's cookie), the same rule the roster's API enforces: see header-link.js.
 */
import { accessCheckedLink } from './header-link.js';

export default {
  id: 'roster-link',
  pluginPoint: 'tasklist.navbar.action',
  // After "Approvals" (50).
  priority: 40,
  render: function (node) {
    node.appendChild(accessCheckedLink({
      id: 'roster-link',
      href: '/roster/index.html',
      title: 'The roster Human Resources keeps (§VI.A): rank, unit, supervisor, hire and leaving dates',
      icon: 'glyphicon-list-alt',
      text: 'Roster',
      access: '/api/roster/access'
    }));
  }
};
