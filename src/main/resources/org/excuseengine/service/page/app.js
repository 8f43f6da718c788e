// The page to try a visit: reads the form into a visit (the interchange contract), posts it to
// /v1/assessments on this same origin, and shows the answer. Everything shown is set as text
// (textContent), never as markup, so nothing a visit or a rule says can run as a script.
'use strict';

(() => {
  const TOKEN_KEY = 'excuse-engine-token';
  const CATEGORIES = ['QUALITY', 'AFTER_SALES', 'PROMOTION_SUPPORT', 'COMPETITOR_TOOK_FUNDS',
    'DOWNSTREAM_DEBT', 'TIGHT_CASH', 'PAYING_SOON', 'OTHER'];
  // Where each history list sits in a visit; the page's excuses are the visit's own.
  const LISTS = {
    promises: ['history', 'promises'],
    payments: ['history', 'payments'],
    tickets: ['history', 'tickets'],
    'history-excuses': ['history', 'excuses'],
    excuses: ['excuses'],
  };
  const NUMBER_FIELDS = new Set(['amount', 'paid']);

  const byId = (id) => document.getElementById(id);
  const form = byId('visit');
  const tokenInput = byId('token');
  let examples = [];

  /** An element with attributes and children; strings become text nodes, never markup. */
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) {
        element.setAttribute(name, value);
      }
    }
    element.append(...children.filter((child) => child !== null && child !== undefined)
      .map((child) => (child instanceof Node ? child : String(child))));
    return element;
  }

  function clear(element) {
    element.replaceChildren();
  }

  // ---- The token: typed by the user, kept in this tab's session storage only.

  tokenInput.value = sessionStorage.getItem(TOKEN_KEY) || '';
  tokenInput.addEventListener('input', () => {
    const token = tokenInput.value.trim();
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
    } else {
      sessionStorage.removeItem(TOKEN_KEY);
    }
  });

  function headers(extra) {
    const all = Object.assign({}, extra);
    const token = tokenInput.value.trim();
    if (token) {
      all.Authorization = 'Bearer ' + token;
    }
    return all;
  }

  // ---- Rows of the history and excuse lists.

  function fillCategories(select) {
    select.append(el('option', { value: '' }, select.dataset.blank || '—'));
    for (const category of CATEGORIES) {
      select.append(el('option', { value: category }, category));
    }
  }

  function addRow(list, values) {
    const row = byId('row-' + list).content.firstElementChild.cloneNode(true);
    row.querySelectorAll('select[data-categories]').forEach(fillCategories);
    for (const input of row.querySelectorAll('[data-field]')) {
      const value = values ? values[input.dataset.field] : undefined;
      if (Array.isArray(value)) {
        input.value = value.join(', ');
      } else if (value !== null && value !== undefined) {
        input.value = String(value);
      }
    }
    const rows = byId(list);
    rows.append(row);
    renumber(list);
    return row;
  }

  /** Each row's Remove button names its row, so a screen reader tells them apart. */
  function renumber(list) {
    const title = list === 'excuses' ? 'excuse' : list.replace('history-excuses', 'earlier excuse').replace(/s$/, '');
    byId(list).querySelectorAll('.remove').forEach((button, index) => {
      button.setAttribute('aria-label', 'Remove ' + title + ' ' + (index + 1));
    });
  }

  form.addEventListener('click', (event) => {
    const add = event.target.closest('[data-add]');
    if (add) {
      const row = addRow(add.dataset.add);
      row.querySelector('input, textarea, select').focus();
      return;
    }
    const remove = event.target.closest('.remove');
    if (remove) {
      const list = remove.closest('ol').id;
      remove.closest('li').remove();
      renumber(list);
    }
  });

  function readRow(row) {
    const item = {};
    for (const input of row.querySelectorAll('[data-field]')) {
      const field = input.dataset.field;
      const value = input.value.trim();
      if (field === 'evidence') {
        item.evidence = value ? value.split(/[,\s]+/).filter(Boolean) : [];
      } else if (NUMBER_FIELDS.has(field)) {
        item[field] = value === '' ? null : Number(value);
      } else {
        item[field] = value === '' ? null : value;
      }
    }
    return item;
  }

  // ---- The form as a visit, and a visit into the form.

  function setPath(target, path, value) {
    let node = target;
    path.slice(0, -1).forEach((key) => {
      node[key] = node[key] || {};
      node = node[key];
    });
    node[path[path.length - 1]] = value;
  }

  function getPath(source, path) {
    return path.reduce((node, key) => (node === null || node === undefined ? undefined : node[key]), source);
  }

  function readVisit() {
    const visit = {};
    for (const input of form.querySelectorAll('[name]')) {
      const value = input.value.trim();
      if (value === '') {
        continue;
      }
      const numeric = input.type === 'number';
      setPath(visit, input.name.split('.'), numeric ? Number(value) : value);
    }
    for (const [list, path] of Object.entries(LISTS)) {
      const items = Array.from(byId(list).children, readRow);
      if (list === 'excuses') {
        visit.excuses = items.filter((item) => item.text || item.category);
      } else if (items.length) {
        setPath(visit, path, items);
      }
    }
    return visit;
  }

  function fillForm(visit) {
    form.reset();
    for (const input of form.querySelectorAll('[name]')) {
      const value = getPath(visit, input.name.split('.'));
      input.value = value === null || value === undefined ? '' : String(value);
    }
    for (const [list, path] of Object.entries(LISTS)) {
      clear(byId(list));
      (getPath(visit, path) || []).forEach((item) => addRow(list, item));
    }
  }

  // ---- The examples shipped with the project.

  async function loadExamples() {
    const select = byId('example');
    try {
      const response = await fetch('/page/examples.json', { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      examples = await response.json();
      clear(select);
      examples.forEach((visit, index) => {
        const words = (visit.excuses || []).map((excuse) => excuse.text || excuse.category).join(' / ');
        const name = (visit.customer && visit.customer.name) || (visit.customer && visit.customer.id) || '';
        select.append(el('option', { value: String(index) },
          visit.visitId + ' · ' + name + (words ? ' · ' + words : ' · no excuse')));
      });
      fillForm(examples[0]);
    } catch (error) {
      clear(select);
      select.append(el('option', { value: '' }, 'The examples could not be loaded'));
      addRow('excuses');
    }
  }

  byId('fill').addEventListener('click', () => {
    const visit = examples[Number(byId('example').value)];
    if (visit) {
      fillForm(visit);
    }
  });

  // ---- Asking the service, and showing its answer.

  async function post(path, visit) {
    const response = await fetch(path, {
      method: 'POST',
      headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
      body: JSON.stringify(visit),
    });
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (error) {
      body = null;
    }
    return { ok: response.ok, status: response.status, body, text };
  }

  function problemText(answer) {
    if (answer.status === 401) {
      return 'The service needs its bearer token: type it under Access and try again.';
    }
    const problem = answer.body || {};
    const parts = [problem.title || 'HTTP ' + answer.status];
    if (problem.detail) {
      parts.push(problem.detail);
    }
    return parts.join(': ');
  }

  const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

  function reasonItems(list, reasons) {
    clear(list);
    for (const reason of reasons || []) {
      list.append(el('li', null, el('span', { class: 'rule' }, reason.rule),
        reason.detail ? ': ' + reason.detail : ''));
    }
  }

  function showExcuses(excuses) {
    const list = byId('result-excuses');
    clear(list);
    if (!excuses.length) {
      list.append(el('li', null, 'No excuse was heard.'));
    }
    excuses.forEach((excuse) => {
      const reasons = el('ul', { class: 'reasons' });
      reasonItems(reasons, excuse.reasons);
      const rebuttal = excuse.rebuttal
        ? el('blockquote', { class: 'rebuttal', lang: excuse.rebuttal.lang }, excuse.rebuttal.text)
        : el('p', { class: 'hint' }, 'No rebuttal for this one.');
      list.append(el('li', { class: 'card' },
        el('p', null, el('span', { class: 'badge verdict-' + excuse.verdict }, excuse.verdict), ' ',
          el('strong', null, excuse.category || ''), ' ',
          el('span', { class: 'hint' }, 'score ' + excuse.score + ', category from '
            + (excuse.categorySource === 'TEXT' ? 'the words' : 'the form'))),
        excuse.text ? el('p', { class: 'heard' }, '“' + excuse.text + '”') : null,
        el('p', { class: 'say' }, 'Say:'),
        rebuttal,
        reasons));
    });
  }

  function showAmounts(assessment) {
    const amounts = byId('result-amounts');
    clear(amounts);
    const add = (term, value) => {
      if (value !== null && value !== undefined) {
        amounts.append(el('dt', null, term), el('dd', null, money.format(value)));
      }
    };
    const gap = assessment.gap || {};
    const negotiation = assessment.negotiation || {};
    add('Target', gap.target);
    add('Committed', gap.committed);
    add('Gap', gap.gap);
    add('Expected to be paid', negotiation.expected);
    add('Open by asking', negotiation.openingAsk);
    if (!amounts.children.length) {
      amounts.append(el('dt', null, 'No amounts'), el('dd', null, 'the visit gave no target or commitment'));
    }
    const reasons = (gap.reasons || []).concat(negotiation.reason ? [negotiation.reason] : []);
    reasonItems(byId('result-amount-reasons'), reasons);
    if (gap.measures && gap.measures.length) {
      byId('result-amount-reasons').append(el('li', null, 'Measures: ' + gap.measures.join(', ')));
    }
  }

  function showAssessment(assessment) {
    byId('result-verdict').textContent = assessment.verdict;
    byId('result-verdict').className = 'badge verdict-' + assessment.verdict;
    byId('result-score').textContent = assessment.score === null || assessment.score === undefined
      ? '' : 'score ' + assessment.score + ' of 100';
    showExcuses(assessment.excuses || []);
    const escalation = assessment.escalation || {};
    byId('result-escalation').textContent = escalation.level || '';
    byId('result-follow-up').textContent = escalation.followUpInDays
      ? 'follow up in ' + escalation.followUpInDays + ' day(s)' : '';
    const actions = byId('result-actions');
    clear(actions);
    (escalation.actions || []).forEach((action) => actions.append(el('li', null, action)));
    reasonItems(byId('result-escalation-reasons'), escalation.reasons);
    showAmounts(assessment);
    byId('result-json').textContent = JSON.stringify(assessment, null, 2);
    byId('result-rules-version').textContent = assessment.rulesVersion || '';
  }

  function showFirings(explanation) {
    const list = byId('result-firings');
    clear(list);
    for (const firing of explanation.firings || []) {
      const figures = Object.entries(firing.figures || {});
      list.append(el('li', null,
        el('span', { class: 'rule' }, firing.rule), ' ',
        firing.where ? el('code', { class: 'where' }, firing.where) : null,
        figures.length ? el('p', { class: 'figures' },
          figures.map(([name, value]) => name + ' = ' + value).join(', ')) : null,
        ...(firing.reasons || []).map((reason) => el('p', { class: 'fired-reason' }, reason))));
    }
  }

  function showError(message) {
    const error = byId('result-error');
    error.textContent = message;
    error.hidden = false;
    byId('result-body').hidden = true;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = byId('result');
    const button = byId('assess');
    button.disabled = true;
    result.dataset.state = 'busy';
    byId('result-error').hidden = true;
    byId('copy-status').textContent = '';
    try {
      const visit = readVisit();
      const answer = await post('/v1/assessments', visit);
      result.hidden = false;
      if (!answer.ok) {
        showError(problemText(answer));
        return;
      }
      byId('result-body').hidden = false;
      showAssessment(answer.body);
      clear(byId('result-firings'));
      byId('explain-status').textContent = 'Asking the rules why…';
      byId('result-title').focus();
      const explained = await post('/v1/assessments:explain', visit);
      byId('explain-status').textContent = explained.ok
        ? 'Every rule that fired, in order, with the figures it matched.'
        : 'No explanation: ' + problemText(explained);
      if (explained.ok) {
        showFirings(explained.body);
      }
    } catch (error) {
      result.hidden = false;
      showError('The service could not be reached: ' + error.message);
    } finally {
      result.dataset.state = 'done';
      button.disabled = false;
    }
  });

  byId('copy-json').addEventListener('click', async () => {
    const status = byId('copy-status');
    try {
      await navigator.clipboard.writeText(byId('result-json').textContent);
      status.textContent = 'Copied.';
    } catch (error) {
      // Without clipboard access (a page not on https or localhost), select it for the user to copy.
      window.getSelection().selectAllChildren(byId('result-json'));
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });

  loadExamples();
})();
