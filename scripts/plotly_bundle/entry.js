'use strict';
// plotly.js core (which always includes `scatter`) plus the other trace types the dashboard
// draws: `bar` (timeline ranges) and `scattergeo` (arcs, places). A figure with any other
// trace type fails to draw, so add it here (and rebuild) before using one.
var Plotly = require('plotly.js/lib/core');

Plotly.register([require('plotly.js/lib/bar'), require('plotly.js/lib/scattergeo')]);

module.exports = Plotly;
