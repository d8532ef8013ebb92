// Bizİzmir's maps on Leaflet (DD030): window.BizMap.show(element, config) draws markers (grouped
// into clusters when asked) over tiles from the configured URL; BizMap.picker(element, config)
// lets a person pick one point, reported as a 'biz-map-pick' event with {lat, lng}.
// Every marker is also listed in the page beside the map, so the map itself is not needed to
// reach anything: markers are not in the tab order, the list is (a screen reader and a keyboard
// get the same content as a list).
// Text from the server is set with textContent only: titles are what residents typed.
(function () {
  'use strict';

  function base(el, cfg) {
    if (el.__bizMap) {
      el.__bizMap.remove();
    }
    const map = L.map(el, {
      scrollWheelZoom: false,
      keyboard: false,
      zoomControl: false,
      attributionControl: true
    });
    L.control.zoom({ zoomInTitle: cfg.i18n.zoomIn, zoomOutTitle: cfg.i18n.zoomOut }).addTo(map);
    map.attributionControl.setPrefix(false);
    L.tileLayer(cfg.tileUrl, { attribution: cfg.attribution, maxZoom: 19 }).addTo(map);
    // The container is not a control a keyboard needs (the list is); Leaflet would make it one.
    el.removeAttribute('tabindex');
    el.__bizMap = map;
    return map;
  }

  function icon(kind) {
    return L.divIcon({ className: 'biz-marker biz-marker-' + kind, iconSize: [18, 18], iconAnchor: [9, 9], popupAnchor: [0, -9] });
  }

  function popup(m) {
    const box = document.createElement('div');
    box.className = 'biz-map-popup';
    const title = document.createElement(m.href ? 'a' : 'strong');
    title.textContent = m.title;
    if (m.href) {
      title.href = m.href;
    }
    box.append(title);
    if (m.detail) {
      const p = document.createElement('div');
      p.textContent = m.detail;
      box.append(p);
    }
    return box;
  }

  function marker(m) {
    return L.marker([m.lat, m.lng], { icon: icon(m.kind || 'default'), title: m.title, alt: m.title, keyboard: false })
      .bindPopup(() => popup(m));
  }

  window.BizMap = {
    show(el, cfg) {
      const map = base(el, cfg);
      const group = cfg.cluster
        ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 })
        : L.featureGroup();
      const points = [];
      for (const m of cfg.markers) {
        group.addLayer(marker(m));
        points.push([m.lat, m.lng]);
      }
      group.addTo(map);
      if (points.length) {
        map.fitBounds(L.latLngBounds(points), { maxZoom: 16, padding: [24, 24] });
      } else {
        map.setView(cfg.center, cfg.zoom);
      }
      el.setAttribute('data-markers', String(points.length));
      el.setAttribute('data-ready', 'true');
    },

    picker(el, cfg) {
      const map = base(el, cfg);
      let chosen = null;
      const place = (lat, lng) => {
        if (chosen) {
          chosen.setLatLng([lat, lng]);
        } else {
          chosen = L.marker([lat, lng], { icon: icon('chosen'), keyboard: false, title: cfg.i18n.chosen, alt: cfg.i18n.chosen }).addTo(map);
        }
      };
      if (cfg.point) {
        place(cfg.point[0], cfg.point[1]);
        map.setView(cfg.point, 15);
      } else {
        map.setView(cfg.center, cfg.zoom);
      }
      map.on('click', e => {
        const lat = Math.round(e.latlng.lat * 1e6) / 1e6;
        const lng = Math.round(e.latlng.lng * 1e6) / 1e6;
        place(lat, lng);
        el.dispatchEvent(new CustomEvent('biz-map-pick', { detail: { lat, lng } }));
      });
      // The fields beside the map set the point too (typed coordinates, keyboard users).
      el.__bizPlace = (lat, lng) => {
        if (lat == null || lng == null) {
          if (chosen) {
            chosen.remove();
            chosen = null;
          }
          return;
        }
        place(lat, lng);
        map.panTo([lat, lng]);
      };
      el.setAttribute('data-ready', 'true');
    }
  };
})();
