// The demo's switchers: language (the eight built in, and Arabic supplied through `messages`
// as a right-to-left example), layout, light/dark and a brand colour. Kept in the URL
// (?lang=de&layout=box&theme=dark&accent=%23…), so a reload or a shared link shows the same.
// Runs before the bundle (both `defer`, in order): it adds the <cookie-consent> itself, already
// configured, so the drop-in adds none and nothing flashes in the wrong language or layout.
(() => {
  const LANGUAGES = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', it: 'Italiano', nl: 'Nederlands', pt: 'Português', pl: 'Polski', ar: 'العربية (RTL, via messages)' };
  const LAYOUTS = ['bar', 'box', 'center'];
  const THEMES = ['auto', 'light', 'dark'];
  // A language that is not built in: the site supplies its texts; missing keys stay English.
  const ARABIC = {
    consent: {
      bannerTitle: 'ملفات تعريف الارتباط على هذا الموقع',
      bannerText: 'نستخدم ملفات تعريف الارتباط الضرورية لتشغيل الموقع، وإذا وافقت، ملفات تعريف ارتباط تحليلية لمعرفة كيفية استخدامه. يمكنك تغيير اختيارك في أي وقت.',
      gpcText: 'أرسل متصفحك إشارة التحكم العالمي في الخصوصية، لذلك أوقفنا جميع ملفات تعريف الارتباط غير الضرورية.',
      policyLink: 'سياسة الخصوصية',
      acceptAll: 'قبول الكل',
      rejectAll: 'رفض الكل',
      customize: 'تخصيص',
      dismiss: 'حسنًا',
      dialogTitle: 'تفضيلات ملفات تعريف الارتباط',
      dialogText: 'اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا لأن الموقع لا يعمل بدونها.',
      saveChoices: 'حفظ الاختيارات',
      close: 'إغلاق',
      alwaysOn: 'مفعّلة دائمًا',
      cookieName: 'الاسم',
      cookieProvider: 'المزوّد',
      cookiePurpose: 'الغرض',
      cookieDuration: 'المدة',
      savedAccepted: 'تم حفظ اختيارك: جميع ملفات تعريف الارتباط مسموح بها.',
      savedRejected: 'تم حفظ اختيارك: نستخدم ملفات تعريف الارتباط الضرورية فقط.',
      savedCustom: 'تم حفظ اختياراتك.',
      categories: {
        essential: { label: 'ضرورية', description: 'لازمة لعمل الموقع، مثل تذكّر هذا الاختيار.' },
        analytics: { label: 'تحليلية', description: 'تساعدنا على فهم كيفية استخدام الموقع لتحسينه.' },
      },
    },
    rights: { intro: 'استخدم هذا النموذج لممارسة حقوقك المتعلقة بالخصوصية. نرد عليك بالبريد الإلكتروني.', submit: 'إرسال الطلب', name: 'الاسم الكامل', email: 'البريد الإلكتروني' },
    policy: { contents: 'المحتويات' },
  };

  const params = new URLSearchParams(location.search);
  const pick = (name, allowed, fallback) => (allowed.includes(params.get(name)) ? params.get(name) : fallback);
  const state = {
    lang: pick('lang', Object.keys(LANGUAGES), 'en'),
    layout: pick('layout', LAYOUTS, 'bar'),
    theme: pick('theme', THEMES, 'auto'),
    accent: /^#[0-9a-f]{6}$/i.test(params.get('accent') ?? '') ? params.get('accent') : '',
  };

  /** Black or white, whichever reads better on the brand colour (WCAG contrast). */
  const textOn = (hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
  };

  const elements = () => document.querySelectorAll('cookie-consent, privacy-policy, rights-request-form');
  function apply() {
    const root = document.documentElement;
    root.lang = state.lang;
    root.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    root.style.colorScheme = state.theme === 'auto' ? '' : state.theme;
    if (state.accent) {
      root.style.setProperty('--pe-color-accent', state.accent);
      root.style.setProperty('--pe-color-accent-text', textOn(state.accent));
    } else {
      root.style.removeProperty('--pe-color-accent');
      root.style.removeProperty('--pe-color-accent-text');
    }
    for (const el of elements()) {
      const part = el.localName === 'cookie-consent' ? 'consent' : el.localName === 'privacy-policy' ? 'policy' : 'rights';
      el.messages = { ar: ARABIC[part] };
    }
    const banner = document.querySelector('cookie-consent');
    if (banner) banner.layout = state.layout;
  }

  function save() {
    const next = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(state)) if (v && !(k === 'lang' && v === 'en') && !(k === 'layout' && v === 'bar') && !(k === 'theme' && v === 'auto')) next.set(k, v);
    else next.delete(k);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  // The banner, added by the page itself and configured before it first renders.
  const banner = document.createElement('cookie-consent');
  banner.setAttribute('layout', state.layout);
  document.body.prepend(banner);
  apply();

  const form = document.getElementById('demo-options');
  if (!form) return;
  const field = (name) => form.elements.namedItem(name);
  const language = field('lang');
  for (const [code, name] of Object.entries(LANGUAGES)) language.append(new Option(name, code));
  for (const name of ['lang', 'layout', 'theme']) field(name).value = state[name];
  field('accent').value = state.accent || '#1d4ed8';
  form.addEventListener('input', (e) => {
    const name = e.target.name;
    if (!(name in state)) return;
    state[name] = e.target.value;
    apply();
    save();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  field('reset-accent').addEventListener('click', () => {
    state.accent = '';
    field('accent').value = '#1d4ed8';
    apply();
    save();
  });
  field('show-banner').addEventListener('click', () => window.PrivacyElements?.consent.show());
})();
