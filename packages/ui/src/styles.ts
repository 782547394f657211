// The stylesheets a portal imports once, in order: govuk-frontend, then ours.
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './ui.css';
