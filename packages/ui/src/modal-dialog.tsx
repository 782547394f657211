import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Escape or the browser's own close: treat as the safe choice. */
  onClose: () => void;
  /** 'alertdialog' for warnings that need an answer (session timeout, leaving with unsaved changes). */
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal on the native <dialog> element: the browser traps focus, makes the
 * page behind it inert and closes it on Escape. No govuk-frontend equivalent
 * exists; this follows the GOV.UK timeout warning pattern's markup.
 */
export function ModalDialog({ open, title, children, onClose, role = 'alertdialog' }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // The attribute, not the property: environments without <dialog> support (jsdom) still work.
    const isOpen = dialog.hasAttribute('open');
    if (open && !isOpen) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && isOpen) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="fp-modal"
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <div className="fp-modal__content">
          <h2 className="govuk-heading-m" id={titleId}>
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}
