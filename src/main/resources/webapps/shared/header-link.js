/*
 * A link in an app's header to one of the application's pages, shown only to the people its server-side rule lets
 * read the page: the link asks the page's access endpoint (/api/.../access, with this session's cookie; the same rule
 * the page's API enforces) and stays hidden until the answer is yes — also when the server cannot be reached. Not a
 * plugin itself: the header scripts of Tasklist and Cockpit import it (WebappCustomization serves it to both, beside
 * their own scripts), so the check is written once.
 *
 * options: id, href, title, text, access (the endpoint answering {"mayRead": true|false}), icon (a glyphicon class,
 * for Tasklist's header; optional).
 */
export function accessCheckedLink(options) {
  var link = document.createElement('a');
  link.id = options.id;
  link.href = options.href;
  link.title = options.title;
  // The header's styles show links whatever their hidden attribute says: hide them with the style itself.
  link.style.display = 'none';
  if (options.icon) {
    var icon = document.createElement('span');
    icon.className = 'glyphicon ' + options.icon;
    link.appendChild(icon);
    link.appendChild(document.createTextNode(' '));
  }
  link.appendChild(document.createTextNode(options.text));
  fetch(options.access, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : { mayRead: false }; })
    .then(function (access) { link.style.display = access.mayRead ? '' : 'none'; })
    .catch(function () { link.style.display = 'none'; })
    // Marks that the answer is in (what a test waits for before it looks whether the link is shown).
    .then(function () { link.dataset.accessChecked = 'true'; });
  return link;
}
