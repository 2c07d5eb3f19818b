// Skip logic on the respondent page: shows a question only when its condition holds. Without
// this script every question is shown and the server ignores answers to questions that do not apply.
(function () {
  document.documentElement.classList.add('js');
  if (document.body.dataset.answered && window.parent !== window) {
    // Tells the website widget around this page that the visitor has answered.
    window.parent.postMessage({ tanggap: 'answered' }, '*');
  }
  var form = document.querySelector('form');
  if (!form) return;
  function answer(id) {
    var picked = Array.prototype.filter.call(form.elements, function (e) {
      return e.name === 'q.' + id && (e.checked || (e.type !== 'radio' && e.type !== 'checkbox' && e.value));
    }).map(function (e) { return e.value; });
    return picked;
  }
  function holds(set) {
    var values = answer(set.ifQ);
    if (set.ifOp === 'ANSWERED') return values.length > 0;
    if (set.ifOp === 'ANY_OF') {
      var wanted = (set.ifChoices || '').split(' ');
      return values.some(function (v) { return wanted.indexOf(v) >= 0; });
    }
    if (values.length === 0) return false;
    var a = Number(values[0]), b = Number(set.ifValue);
    switch (set.ifOp) {
      case 'EQ': return a === b; case 'NEQ': return a !== b;
      case 'LT': return a < b; case 'LTE': return a <= b;
      case 'GT': return a > b; case 'GTE': return a >= b;
    }
    return true;
  }
  function update() {
    document.querySelectorAll('fieldset[data-if-q]').forEach(function (f) {
      f.hidden = !holds(f.dataset);
    });
  }
  form.addEventListener('change', update);
  update();
})();
