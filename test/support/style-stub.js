// Stylesheets are Vite's business; in jest they are empty modules.
module.exports = {};
