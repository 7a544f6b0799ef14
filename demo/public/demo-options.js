// The demo's switchers: language (the eight built in, and Arabic supplied through `messages`
// as a right-to-left example), layout, light/dark and a brand colour. Kept in the URL
// (?lang=de&layout=box&theme=dark&accent=%23…), so a reload or a shared link shows the same.
// Runs before the bundle (both `defer`, in order): it adds the <cookie-consent> itself, already
// configured, so the drop-in adds none and nothing flashes in the wrong language or layout.
(() => {
  const LANGUAGES = {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
    es: 'Español',
    it: 'Italiano',
    nl: 'Nederlands',
    pt: 'Português',
    pl: 'Polski',
    ar: 'العربية (RTL, via messages)',
  };
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
    rights: {
      intro: 'استخدم هذا النموذج لممارسة حقوقك المتعلقة بالخصوصية. نرد عليك بالبريد الإلكتروني.',
      jurisdiction: 'أين تقيم؟',
      jurisdictionHint: 'تعتمد حقوقك على القانون المعمول به في مكان إقامتك.',
      jurisdictionPrompt: 'اختر بلدًا أو ولاية',
      groups: { gdpr: 'الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية والمملكة المتحدة وسويسرا', us: 'الولايات المتحدة', other: 'مكان آخر' },
      otherCountry: 'بلد آخر أو ولاية أمريكية أخرى',
      states: {
        'US-CA': 'كاليفورنيا',
        'US-CO': 'كولورادو',
        'US-CT': 'كونيتيكت',
        'US-DE': 'ديلاوير',
        'US-IA': 'آيوا',
        'US-IN': 'إنديانا',
        'US-KY': 'كنتاكي',
        'US-MD': 'ماريلاند',
        'US-MN': 'مينيسوتا',
        'US-MT': 'مونتانا',
        'US-NE': 'نبراسكا',
        'US-NH': 'نيوهامبشير',
        'US-NJ': 'نيوجيرسي',
        'US-OR': 'أوريغون',
        'US-RI': 'رود آيلاند',
        'US-TN': 'تينيسي',
        'US-TX': 'تكساس',
        'US-UT': 'يوتا',
        'US-VA': 'فيرجينيا',
      },
      type: 'ماذا تريد منا أن نفعل؟',
      types: {
        access: { label: 'الحصول على نسخة من بياناتي', hint: 'نخبرك بالبيانات الشخصية التي نحتفظ بها عنك ونرسل إليك نسخة منها.' },
        rectification: { label: 'تصحيح بياناتي', hint: 'نصحح بياناتك الشخصية غير الصحيحة أو غير المكتملة.' },
        erasure: { label: 'حذف بياناتي', hint: 'نحذف بياناتك الشخصية، ما لم يلزمنا القانون بالاحتفاظ بها.' },
        restriction: { label: 'تقييد استخدام بياناتي', hint: 'نحتفظ ببياناتك ونتوقف عن استخدامها ريثما يُحسم أمر يتعلق بها.' },
        portability: { label: 'نقل بياناتي', hint: 'نعطيك البيانات التي قدمتها لنا في ملف تستطيع خدمة أخرى قراءته.' },
        objection: { label: 'الاعتراض على استخدام بياناتي', hint: 'نتوقف عن استخدام بياناتك لغرض تعترض عليه، مثل التسويق المباشر.' },
        'withdraw-consent': { label: 'سحب موافقتي', hint: 'نتوقف عما وافقت عليه؛ ويبقى ما قمنا به قبل ذلك مشروعًا.' },
        'opt-out-sale': { label: 'عدم بيع بياناتي أو مشاركتها', hint: 'نتوقف عن بيع بياناتك أو مشاركتها لأغراض الإعلانات الموجّهة.' },
        'limit-sensitive': { label: 'تقييد استخدام بياناتي الحساسة', hint: 'لا نستخدم بياناتك الحساسة، مثل الصحة أو الموقع الدقيق، إلا لتقديم الخدمة.' },
        'automated-decision': { label: 'الاستفسار عن القرارات الآلية', hint: 'يراجع شخصٌ قرارًا اتخذه حاسوب بشأنك، ونشرح لك كيف اتُّخذ.' },
      },
      name: 'الاسم الكامل',
      email: 'البريد الإلكتروني',
      emailHint: 'نرسل ردنا إلى هذا العنوان.',
      relationship: 'من يقدّم هذا الطلب؟',
      self: 'أقدّمه عن نفسي',
      agent: 'أنا وكيل مفوَّض أتصرف نيابة عن شخص آخر',
      account: 'اسم الحساب أو رقم العميل',
      accountHint: 'يساعدنا على العثور على بياناتك بسرعة أكبر.',
      details: 'تفاصيل',
      detailsHint: 'أي معلومات تساعدنا على الرد، مثل البيانات المقصودة أو الفترة الزمنية.',
      optional: '(اختياري)',
      confirm: 'أفهم أنه قد يُطلب مني تقديم معلومات للتحقق من هويتي قبل الرد.',
      honeypot: 'اترك هذا الحقل فارغًا',
      submit: 'إرسال الطلب',
      sending: 'جارٍ الإرسال…',
      fixErrors: {
        zero: 'يرجى تصحيح الحقول.',
        one: 'يرجى تصحيح حقل واحد.',
        two: 'يرجى تصحيح حقلين.',
        few: 'يرجى تصحيح {count} حقول.',
        many: 'يرجى تصحيح {count} حقلًا.',
        other: 'يرجى تصحيح {count} حقل.',
      },
      errors: {
        required: 'يرجى ملء هذا الحقل.',
        email: 'يرجى إدخال عنوان بريد إلكتروني مثل name@example.com.',
        'too-long': 'هذا النص طويل جدًا.',
        'unknown-type': 'يرجى اختيار أحد الطلبات المعروضة.',
        'unknown-relationship': 'يرجى اختيار أحد الخيارات.',
        jurisdiction: 'يرجى اختيار مكان إقامتك.',
        confirm: 'يرجى تأكيد أنه يمكننا التحقق من هويتك.',
      },
      successTitle: 'تم استلام الطلب',
      success: 'رقمك المرجعي هو {reference}. سنرد عليك في موعد أقصاه {due}.',
      rejected: 'لم يُقبل الطلب.',
      failed: 'تعذّر إرسال الطلب. لم يضع شيء مما كتبته: حاول مرة أخرى أو عد لاحقًا.',
      busy: 'خادمنا مشغول الآن. لم يضع شيء مما كتبته: يرجى المحاولة بعد بضع دقائق.',
      retry: 'حاول مرة أخرى',
      misconfigured: 'لا يمكن لهذا النموذج إرسال الطلبات بعد لأنه غير مُعدّ. يرجى التواصل مع الموقع بطريقة أخرى.',
    },
    policy: {
      loading: 'جارٍ تحميل سياسة الخصوصية…',
      contents: 'المحتويات',
      loadFailed: 'تعذّر تحميل سياسة الخصوصية.',
      empty: 'لا تحتوي سياسة الخصوصية هذه على نص بعد.',
      triedUrl: 'العنوان:',
      reasons: {
        network: 'فشل طلب الشبكة.',
        timeout: 'لم يرد الخادم في الوقت المحدد.',
        http: 'ردّ الخادم بالحالة {status}.',
        'content-type': 'لا يشير العنوان إلى نص عادي أو Markdown أو مستند سياسة.',
        'too-large': 'الملف أكبر من 2 ميغابايت.',
        'invalid-json': 'الملف ليس مستند سياسة صالحًا.',
      },
    },
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
    for (const [k, v] of Object.entries(state))
      if (v && !(k === 'lang' && v === 'en') && !(k === 'layout' && v === 'bar') && !(k === 'theme' && v === 'auto')) next.set(k, v);
      else next.delete(k);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  // The banner, added by the page itself and configured before it first renders, with the
  // attributes the script tag would have given it (data-policy-url → policy-url, …).
  const banner = document.createElement('cookie-consent');
  const tag = document.querySelector('script[src$="privacy-elements.min.js"], script[src$="cookie-consent.min.js"]');
  for (const { name, value } of tag?.attributes ?? []) if (name.startsWith('data-')) banner.setAttribute(name.slice(5), value);
  banner.setAttribute('layout', state.layout);
  document.body.prepend(banner);
  apply();

  // The demo's own links keep the options (language, layout, colours) from page to page.
  document.addEventListener('click', (e) => {
    const link = e.target.closest?.('a[href^="/"]');
    if (link && !link.hasAttribute('data-consent-open')) link.search = location.search;
  });

  const form = document.getElementById('demo-options');
  if (!form) return;
  const field = (name) => form.elements.namedItem(name);
  const language = field('lang');
  for (const [code, name] of Object.entries(LANGUAGES)) language.append(new Option(name, code));
  for (const name of ['lang', 'layout', 'theme']) field(name).value = state[name];
  field('accent').value = state.accent || '#1d4ed8';
  /** WCAG contrast of two #rrggbb colours. */
  const contrast = (a, b) => {
    const lum = (hex) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const warning = document.getElementById('accent-warning');
  const check = () => {
    if (!warning) return;
    const dark = state.theme === 'dark' || (state.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
    const ratio = state.accent ? contrast(state.accent, dark ? '#1e1e24' : '#ffffff') : 21;
    warning.textContent =
      ratio < 4.5
        ? `This colour has a contrast of ${ratio.toFixed(1)}:1 with the banner's background: links and switches in it will be hard to read (4.5:1 is the minimum). Buttons choose black or white text on it by themselves here.`
        : '';
  };
  check();
  form.addEventListener('input', (e) => {
    const name = e.target.name;
    if (!(name in state)) return;
    state[name] = e.target.value;
    apply();
    save();
    check();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  field('reset-accent').addEventListener('click', () => {
    state.accent = '';
    field('accent').value = '#1d4ed8';
    apply();
    save();
    check();
  });
  field('show-banner').addEventListener('click', () => window.PrivacyElements?.consent.show());
})();
