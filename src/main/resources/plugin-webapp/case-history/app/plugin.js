// Cockpit plugin "case-history" (Camunda 7.14+ frontend plugins): the auditors' way from Cockpit to the case history
// page, which reads finished cases too. Nothing of a case is shown here; the page asks /api/cases, which decides who
// reads what. Text is set with textContent only.
const PAGE = '/cases/index.html';

function searchForm(node) {
  const form = document.createElement('form');
  form.className = 'form-inline';
  form.setAttribute('role', 'search');
  const label = document.createElement('label');
  label.textContent = 'Case number or person ';
  const input = document.createElement('input');
  input.name = 'q';
  input.className = 'form-control';
  input.placeholder = 'DR-12, DA-2026-0001, VR-2026-0003, a name';
  input.setAttribute('aria-label', 'Case number or person');
  label.appendChild(input);
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'btn btn-default';
  button.textContent = 'Find case';
  form.appendChild(label);
  form.appendChild(button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    const numbered = /^(DR|DA|VR|OP)-/i.test(q);
    window.location.href = PAGE + '?' + new URLSearchParams(numbered ? { case: q } : { person: q }).toString();
  });
  node.appendChild(form);
}

export default [
  {
    id: 'case-history-search',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node) => {
      const section = document.createElement('section');
      section.className = 'case-history-search';
      const heading = document.createElement('h3');
      heading.textContent = 'Case history';
      const help = document.createElement('p');
      help.textContent = 'Every step of a case, running or finished, with its documents and their SHA-256 (Policy 3.21).';
      section.appendChild(heading);
      section.appendChild(help);
      searchForm(section);
      const all = document.createElement('a');
      all.href = PAGE;
      all.textContent = 'Search all cases';
      section.appendChild(all);
      node.appendChild(section);
    },
  },
  {
    id: 'case-history-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 5,
    properties: { label: 'Case history' },
    render: (node, { processInstanceId }) => {
      const link = document.createElement('a');
      link.href = PAGE + '?' + new URLSearchParams({ instance: processInstanceId }).toString();
      link.textContent = 'Open the case history of this process instance';
      link.className = 'case-history-link';
      node.appendChild(link);
    },
  },
];
