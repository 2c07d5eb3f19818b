/*
 * Tanggap website widget: shows a survey as a pop-up on a business's website.
 * <script src="https://cx.example.co.id/widget.js" data-survey="SURVEY-ID" async
 *         data-delay="5" data-sample="50" data-match="/checkout*" data-lang="id"></script>
 * data-delay: seconds before it appears (default 5); data-sample: percentage of visitors who see it
 * (default 100); data-match: URL path patterns, comma-separated, * matches anything (default all);
 * data-branch, data-touchpoint: where the answers are attributed; data-lang: id or en.
 * It remembers (localStorage) who answered or closed it, and asks again only after 30 days.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.dataset.survey) return;
  var d = script.dataset, origin = new URL(script.src).origin, key = 'tanggap:' + d.survey;
  var DAY = 86400000, quiet = 30 * DAY;
  function remembered() {
    try { var at = Number(localStorage.getItem(key)); return at && Date.now() - at < quiet; } catch (e) { return false; }
  }
  function remember() { try { localStorage.setItem(key, String(Date.now())); } catch (e) { /* private mode */ } }
  function matches() {
    if (!d.match) return true;
    return d.match.split(',').some(function (p) {
      var re = new RegExp('^' + p.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
      return re.test(location.pathname);
    });
  }
  function sampled() {
    var share = d.sample === undefined ? 100 : Number(d.sample);
    var roll = sessionStorage.getItem(key + ':roll');
    if (roll === null) { roll = String(Math.random() * 100); sessionStorage.setItem(key + ':roll', roll); }
    return Number(roll) < share;
  }
  if (remembered() || !matches() || !sampled()) return;
  function show() {
    var params = new URLSearchParams({ ch: 'widget' });
    if (d.branch) params.set('b', d.branch);
    if (d.touchpoint) params.set('t', d.touchpoint);
    if (d.lang) params.set('lang', d.lang);
    var box = document.createElement('div');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', d.lang === 'en' ? 'Feedback' : 'Tanggapan');
    box.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483647;width:min(380px,calc(100vw - 32px));' +
      'height:min(560px,calc(100vh - 32px));background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden';
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = '\u00d7';
    close.setAttribute('aria-label', d.lang === 'en' ? 'Close' : 'Tutup');
    close.style.cssText = 'position:absolute;top:4px;right:6px;border:0;background:transparent;font:24px/1 sans-serif;cursor:pointer';
    var frame = document.createElement('iframe');
    frame.src = origin + '/s/' + encodeURIComponent(d.survey) + '?' + params;
    frame.title = box.getAttribute('aria-label');
    frame.style.cssText = 'border:0;width:100%;height:100%';
    close.onclick = function () { remember(); box.remove(); };
    window.addEventListener('message', function (e) {
      if (e.origin === origin && e.data && e.data.tanggap === 'answered') { remember(); setTimeout(function () { box.remove(); }, 2500); }
    });
    box.appendChild(frame);
    box.appendChild(close);
    document.body.appendChild(box);
  }
  setTimeout(show, 1000 * (d.delay === undefined ? 5 : Number(d.delay)));
})();
