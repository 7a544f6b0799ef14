// A gated "ad" script: remembers how much of dataLayer existed when it ran.
window.adsRanAt = (window.adsRanAt ?? []).concat(window.dataLayer ? window.dataLayer.length : 0);
