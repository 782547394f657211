export { UiLink, UiLinkProvider, cx, type UiLinkProps } from './link';
export { SkipLink } from './skip-link';
export { Button, ButtonLink, ButtonGroup, type ButtonProps } from './button';
export { Header, type HeaderProps, type NavigationItem } from './header';
export {
  TextInput,
  Textarea,
  Select,
  Radios,
  Checkboxes,
  DateInput,
  ErrorMessage,
  dateParts,
  isoDate,
  isDateEmpty,
  EMPTY_DATE,
  type DateParts,
  type Option,
} from './form-fields';
export { ErrorSummary, focusField, type ErrorSummaryItem } from './error-summary';
export { SummaryList, SummaryCard, type SummaryRow, type SummaryAction } from './summary-list';
export { Table, sortRows, type Column, type SortState, type SortDirection } from './table';
export { Tag, type TagColour } from './tag';
export { NotificationBanner } from './notification-banner';
export { Tabs, type Tab } from './tabs';
export { Pagination, type PageLink } from './pagination';
export { BackLink, Panel, WarningText } from './page-parts';
export { ModalDialog } from './modal-dialog';
export { useForm, type Validators, type ServerError } from './use-form';
