/*
 * "Posting log" in the header (issue 14, §VI.B, §II.C): the posting log's page in the same session, for whoever
 * reads the log — in Tasklist the Chief, designees, Human Resources and authorized posters; in Cockpit auditors, who
 * work there. One file for both apps (WebappCustomization serves it to each under scripts/policy/): each app registers
 * both plugins and renders the one at its own plugin point. Whether to show the link is the server's answer,
 * /api/posting/log/access, the rule the log's API enforces.
 */
import { accessCheckedLink } from './header-link.js';

var ID = 'posting-log-link';
var PAGE = {
  id: ID,
  href: '/posting-log/index.html',
  access: '/api/posting/log/access',
  text: 'Posting log',
  title: 'The social networking posting log (§VI.B, §II.C): every step of every official post, with its approvals; '
    + 'exports as CSV and PDF/A'
};

export default [
  {
    id: ID,
    pluginPoint: 'tasklist.navbar.action',
    // Between "Approvals" (50) and "Roster" (40).
    priority: 45,
    render: function (node) {
      node.appendChild(accessCheckedLink(Object.assign({ icon: 'glyphicon-book' }, PAGE)));
    }
  },
  {
    id: ID,
    pluginPoint: 'cockpit.navigation',
    // After "Approvals" (10); 0 or more keeps it in the header itself, not the "more" menu.
    priority: 5,
    // Cockpit marks a navigation item active when the address contains its id or path: never, for a page outside it.
    checkActive: function () {
      return false;
    },
    render: function (node) {
      node.appendChild(accessCheckedLink(PAGE));
    }
  }
];
