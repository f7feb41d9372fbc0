// The demo portal: the page's styles, the elements' default theme, and the app.
import '@hoso/elements/themes/default.css';
import './portal.css';
import './portal-app.js';
