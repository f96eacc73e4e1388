/*
 * Arms Flow Atlas — clientside callbacks.
 *
 * Slider moves never go to the server: the arc geometry (map-geometry store) arrives once
 * per page load and the per-flow status steps (map-steps store) once per filter change; a
 * slider step only binary-searches each flow's steps and regroups the arcs into one trace
 * per (status, width). mapFigure() mirrors dashboard/figures.py map_figure_from_payload()
 * line for line (tests/test_figures.py runs both on the same payload and compares).
 */
(function () {
  "use strict";

  var DAY_MS = 86400000;

  function statusFromSteps(steps, day) {
    var lo = 0;
    var hi = steps.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (steps[mid][0] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo ? steps[lo - 1][1] : 0;
  }

  function mapFigure(geometry, steps, day, selected, asOf, withNodes) {
    var statuses = geometry.statuses;
    var colors = geometry.colors;
    var widths = geometry.widths;
    var groups = {};
    var heads = {};
    var halo = { lon: [], lat: [], customdata: [] };
    var suffix = asOf ? " as of " + asOf : "";
    var flows = geometry.flows;
    for (var i = 0; i < flows.length; i++) {
      var flow = flows[i];
      var flowSteps = steps[flow.id];
      if (flowSteps === undefined || flowSteps === null) {
        continue;
      }
      var s;
      if (day === null || day === undefined) {
        s = flowSteps.length ? flowSteps[flowSteps.length - 1][1] : 0;
      } else {
        s = statusFromSteps(flowSteps, day);
      }
      var status = statuses[s];
      var note = flow.undated ? " (date unknown)" : "";
      var text =
        "<b>" + flow.label + "</b><br>" + status + suffix + note + "<br>" +
        flow.events + " events · " + flow.sources + " independent sources";
      var n = flow.lon.length;
      var key = s * 100 + flow.w;
      var g = groups[key];
      if (!g) {
        g = groups[key] = { s: s, w: flow.w, lon: [], lat: [], customdata: [], text: [] };
      }
      for (var j = 0; j < n; j++) {
        g.lon.push(flow.lon[j]);
        g.lat.push(flow.lat[j]);
        g.customdata.push(flow.id);
        g.text.push(text);
      }
      g.lon.push(null);
      g.lat.push(null);
      g.customdata.push(null);
      g.text.push(null);
      var h = heads[s];
      if (!h) {
        h = heads[s] = { lon: [], lat: [], customdata: [], text: [], angle: [] };
      }
      h.lon.push(flow.lon[n - 1]);
      h.lat.push(flow.lat[n - 1]);
      h.customdata.push(flow.id);
      h.text.push(text);
      h.angle.push(flow.bearing);
      if (flow.id === selected) {
        for (var k = 0; k < n; k++) {
          halo.lon.push(flow.lon[k]);
          halo.lat.push(flow.lat[k]);
          halo.customdata.push(flow.id);
        }
      }
    }
    var data = [];
    if (halo.lon.length) {
      data.push({
        type: "scattergeo",
        mode: "lines",
        name: "selected",
        lon: halo.lon,
        lat: halo.lat,
        customdata: halo.customdata,
        line: { color: "rgba(255,215,0,0.9)", width: widths[widths.length - 1] + 7 },
        hoverinfo: "skip",
        showlegend: false,
      });
    }
    var keys = Object.keys(groups).map(Number).sort(function (a, b) { return a - b; });
    var shown = {};
    keys.forEach(function (key) {
      var g = groups[key];
      data.push({
        type: "scattergeo",
        mode: "lines",
        name: statuses[g.s],
        legendgroup: statuses[g.s],
        showlegend: !shown[g.s],
        lon: g.lon,
        lat: g.lat,
        customdata: g.customdata,
        hovertext: g.text,
        hoverinfo: "text",
        line: { color: colors[statuses[g.s]], width: widths[g.w] },
        opacity: 0.9,
      });
      shown[g.s] = true;
    });
    var headKeys = Object.keys(heads).map(Number).sort(function (a, b) { return a - b; });
    headKeys.forEach(function (s) {
      var h = heads[s];
      data.push({
        type: "scattergeo",
        mode: "markers",
        name: statuses[s],
        legendgroup: statuses[s],
        showlegend: false,
        lon: h.lon,
        lat: h.lat,
        customdata: h.customdata,
        hovertext: h.text,
        hoverinfo: "text",
        marker: {
          symbol: "triangle-up",
          size: 13,
          angle: h.angle,
          angleref: "north",
          color: colors[statuses[s]],
          line: { color: "#FFFFFF", width: 1 },
        },
      });
    });
    if (withNodes === false) {
      return { data: data, layout: Object.assign({}, geometry.layout) };
    }
    var nodes = geometry.nodes;
    data.push({
      type: "scattergeo",
      mode: "markers+text",
      name: "places",
      lon: nodes.lon,
      lat: nodes.lat,
      text: nodes.text,
      textposition: "top center",
      textfont: { size: 12, color: "#1A1A1A" },
      marker: { size: 6, color: "#1A1A1A" },
      hoverinfo: "skip",
      showlegend: false,
    });
    return { data: data, layout: Object.assign({}, geometry.layout) };
  }

  function pad(n) {
    return n < 10 ? "0" + n : "" + n;
  }

  function isoFromDay(day) {
    var d = new Date(day * DAY_MS);
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate());
  }

  function dayFromIso(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY_MS;
  }

  // Mirrors timeline.slider_date(): a pinned day within the slider's month, else month end.
  function sliderDay(index, pinned) {
    if (pinned) {
      var p = pinned.split("-");
      if ((+p[0]) * 12 + (+p[1]) - 1 === index) {
        return dayFromIso(pinned);
      }
    }
    var year = Math.floor(index / 12);
    var month = index % 12; // 0-based
    return Date.UTC(year, month + 1, 0) / DAY_MS;
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function longDate(day) {
    var d = new Date(day * DAY_MS);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  var markerTimer = null;

  // Deferred so the timeline's redraw never delays the map's repaint on a slider step.
  function scheduleTimelineMarker(iso) {
    if (markerTimer) {
      clearTimeout(markerTimer);
    }
    markerTimer = setTimeout(function () {
      markerTimer = null;
      moveTimelineMarker(iso);
    }, 80);
  }

  function graphDiv(id) {
    var holder = document.getElementById(id);
    return holder && holder.querySelector(".js-plotly-plot");
  }

  // The arcs graph sits over a static basemap graph: mirror its zoom/pan onto the basemap,
  // and reframe the basemap when new data (e.g. an upload) changes the map's frame.
  function syncBasemap(geometry) {
    var top = graphDiv("map");
    var base = graphDiv("map-base");
    if (!top || !base || !window.Plotly || !top.on || !base._fullLayout) {
      setTimeout(function () { syncBasemap(geometry); }, 100);
      return;
    }
    if (!top.__atlasSynced) {
      top.__atlasSynced = true;
      top.on("plotly_relayout", function (ev) {
        var update = {};
        var any = false;
        Object.keys(ev || {}).forEach(function (k) {
          if (k.indexOf("geo") === 0) {
            update[k] = ev[k];
            any = true;
          }
        });
        if (any) {
          window.Plotly.relayout(base, update);
        }
      });
    }
    var frame = geometry && geometry.base_layout && geometry.base_layout.geo;
    if (frame && frame.lonaxis && frame.lataxis) {
      var nodes = geometry.nodes;
      var key = JSON.stringify([frame.lonaxis.range, frame.lataxis.range, nodes.text]);
      if (base.__atlasFrame === undefined) {
        base.__atlasFrame = key;
      } else if (base.__atlasFrame !== key) {
        base.__atlasFrame = key;
        window.Plotly.restyle(base, { lon: [nodes.lon], lat: [nodes.lat], text: [nodes.text] }, [0]);
        window.Plotly.relayout(base, {
          "geo.lonaxis.range": frame.lonaxis.range,
          "geo.lataxis.range": frame.lataxis.range,
        });
      }
    }
  }

  function moveTimelineMarker(iso) {
    // Side effect instead of a figure round trip: the marker is shapes[0] of the timeline.
    var holder = document.getElementById("timeline");
    var gd = holder && holder.querySelector(".js-plotly-plot");
    if (!gd || !window.Plotly || !gd.layout || !gd.layout.shapes || !gd.layout.shapes.length) {
      return;
    }
    if (gd.layout.shapes[0].x0 === iso) {
      return;
    }
    window.Plotly.relayout(gd, { "shapes[0].x0": iso, "shapes[0].x1": iso });
  }

  function triggeredId() {
    var ctx = window.dash_clientside.callback_context;
    if (!ctx || !ctx.triggered || !ctx.triggered.length) {
      return null;
    }
    return ctx.triggered[0].prop_id.split(".")[0];
  }

  // The radix slider thumb has no accessible name and announces a raw month index:
  // give it the visible label and a "Nov 2020" value text.
  function patchA11y() {
    if (!document.documentElement.lang) {
      document.documentElement.lang = "en";
    }
    // Dash 4.4's Checklist wraps native checkboxes in role=listbox/option elements, which is
    // invalid ARIA (interactive controls nested in options): the checkboxes and their
    // <label>s already say everything, so drop the roles.
    var lists = document.querySelectorAll(".dash-checklist[role=listbox]");
    for (var i = 0; i < lists.length; i++) {
      lists[i].removeAttribute("role");
    }
    var opts = document.querySelectorAll(".dash-checklist [role=option], .dash-checklist [aria-selected]");
    for (var j = 0; j < opts.length; j++) {
      opts[j].removeAttribute("role");
      opts[j].removeAttribute("aria-selected");
    }
    // dcc.Upload's hidden file input has no label of its own: name it after its drop zone.
    var files = document.querySelectorAll("input[type=file]:not([aria-label])");
    for (var f = 0; f < files.length; f++) {
      var zone = files[f].parentElement;
      var text = zone && zone.innerText ? zone.innerText.trim() : "";
      files[f].setAttribute("aria-label", text || "Choose files to upload");
    }
    var thumb = document.querySelector("#date-slider [role=slider]");
    if (thumb) {
      if (thumb.getAttribute("aria-labelledby") !== "date-slider-label") {
        thumb.setAttribute("aria-labelledby", "date-slider-label");
      }
      var v = +thumb.getAttribute("aria-valuenow");
      if (!isNaN(v)) {
        var text = MONTHS[v % 12] + " " + Math.floor(v / 12);
        if (thumb.getAttribute("aria-valuetext") !== text) {
          thumb.setAttribute("aria-valuetext", text);
        }
      }
    }
  }

  if (typeof MutationObserver !== "undefined" && typeof document !== "undefined") {
    var scheduled = false;
    new MutationObserver(function () {
      if (!scheduled) {
        scheduled = true;
        window.requestAnimationFrame(function () {
          scheduled = false;
          patchA11y();
        });
      }
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["aria-valuenow", "aria-selected", "role"],
    });
  }

  var NU = window.dash_clientside ? window.dash_clientside.no_update : undefined;

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    atlas: {
      statusFromSteps: statusFromSteps,
      mapFigure: mapFigure,
      sliderDay: sliderDay,
      longDate: longDate,

      // Inputs: slider value, pinned day, steps, selected flow; State: geometry, readout.
      render_map: function (index, pinned, steps, selected, geometry, shown) {
        if (!geometry || !steps || index === null || index === undefined) {
          return [window.dash_clientside.no_update, window.dash_clientside.no_update];
        }
        syncBasemap(geometry);
        if (triggeredId() === null && shown) {
          // The page-load call, and the layout already painted this figure, date readout
          // and timeline marker (layout.build_layout, up to PREPAINT_MAX_FLOWS flows): a
          // redraw would only delay the first paint.
          return [window.dash_clientside.no_update, window.dash_clientside.no_update];
        }
        var day = sliderDay(index, pinned);
        var iso = isoFromDay(day);
        // Places are drawn once on the basemap graph underneath, not on every step.
        var fig = mapFigure(geometry, steps, day, selected, iso, false);
        scheduleTimelineMarker(iso);
        return [fig, "As of " + longDate(day)];
      },

      // A click on an arc selects its flow; on a timeline event also moves the slider.
      select: function (mapClick, timelineClick, lo, hi) {
        var nu = window.dash_clientside.no_update;
        var trig = triggeredId();
        var data = trig === "map" ? mapClick : trig === "timeline" ? timelineClick : null;
        if (!data || !data.points || !data.points.length) {
          return [nu, nu, nu];
        }
        var cd = data.points[0].customdata;
        if (trig === "map") {
          return typeof cd === "string" && cd ? [cd, nu, nu] : [nu, nu, nu];
        }
        if (!Array.isArray(cd) || !cd[0]) {
          return [nu, nu, nu];
        }
        var start = cd[2];
        if (!start) {
          return [cd[0], nu, nu];
        }
        var p = start.split("-");
        var index = Math.min(hi, Math.max(lo, (+p[0]) * 12 + (+p[1]) - 1));
        return [cd[0], index, start];
      },

      // Brush on the timeline (box select) sets the window; the button clears it.
      brush: function (selected, clearClicks) {
        var nu = window.dash_clientside.no_update;
        if (triggeredId() === "clear-window") {
          return null;
        }
        if (!selected || !selected.range || !selected.range.x) {
          return nu;
        }
        var xs = selected.range.x.map(function (x) { return String(x).slice(0, 10); }).sort();
        return { start: xs[0], end: xs[xs.length - 1] };
      },

      play_toggle: function (clicks, disabled, index, hi, lo) {
        var nu = window.dash_clientside.no_update;
        if (!clicks) {
          return [nu, nu, nu, nu];
        }
        var starting = disabled !== false;
        var restart = starting && index >= hi;
        return [
          !starting,
          starting ? "Pause" : "Play",
          starting ? "true" : "false",
          restart ? lo : nu,
        ];
      },

      play_tick: function (n, index, hi) {
        var nu = window.dash_clientside.no_update;
        if (!n || index === null || index === undefined) {
          return [nu, nu, nu, nu];
        }
        if (index >= hi) {
          return [nu, true, "Play", "false"];
        }
        return [index + 1, index + 1 >= hi, index + 1 >= hi ? "Play" : "Pause",
                index + 1 >= hi ? "false" : "true"];
      },

      // The URL mirrors the view without a reload or a history entry per slider step.
      write_url: function (query) {
        if (typeof query !== "string") {
          return NU;
        }
        var target = window.location.pathname + query + window.location.hash;
        if (window.location.search !== query) {
          window.history.replaceState(window.history.state, "", target);
        }
        return query;
      },
    },
  });
})();
