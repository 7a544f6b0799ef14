// The policy page: choose which policy <privacy-policy> shows; the choice stays in the URL.
(() => {
  const select = document.getElementById('policy-choice');
  const policy = document.querySelector('privacy-policy');
  const params = new URLSearchParams(location.search);
  const wanted = params.get('policy');
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  policy.setAttribute('src', select.value);
  select.addEventListener('change', () => {
    policy.setAttribute('src', select.value);
    params.set('policy', select.value);
    history.replaceState(null, '', `?${params}`);
  });
})();
