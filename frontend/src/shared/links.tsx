import { forwardRef, type ReactNode } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, NavLink as RouterNavLink, type LinkProps, type NavLinkProps } from 'react-router';

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** A router link styled as an NL Design System link. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ className, ...props }, ref) {
  return <RouterLink ref={ref} className={cx('utrecht-link', 'utrecht-link--html-a', className)} {...props} />;
});

/** A router link that looks like a button (for navigation that reads as an action, e.g. "Edit"). */
export const ButtonLink = forwardRef<HTMLAnchorElement, LinkProps & { appearance?: 'primary' | 'secondary' }>(
  function ButtonLink({ className, appearance = 'secondary', ...props }, ref) {
    return (
      <RouterLink
        ref={ref}
        className={cx(
          'utrecht-button-link',
          'utrecht-button-link--html-a',
          appearance === 'primary' ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action',
          className,
        )}
        {...props}
      />
    );
  },
);

/** A navigation link that marks the current page with aria-current. */
export function NavLink({ className, ...props }: NavLinkProps & { className?: string }) {
  return <RouterNavLink className={cx('hub-nav__link', className)} {...props} />;
}

/** The link above a detail page back to its list (or to the page a form belongs to). */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Paragraph className="hub-back">
      <Link to={to}>
        <span aria-hidden="true">‹ </span>
        {children}
      </Link>
    </Paragraph>
  );
}
