import { render, screen } from '@testing-library/react';
import { Pagination } from './pagination';

describe('Pagination', () => {
  it('links to the previous and next pages with their labels', () => {
    render(<Pagination previous={{ href: '/?pages=', label: 'Page 1' }} next={{ href: '/?pages=a.b', label: 'Page 3' }} />);
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Previous page : Page 1' })).toHaveAttribute('rel', 'prev');
    expect(screen.getByRole('link', { name: 'Next page : Page 3' })).toHaveAttribute('href', '/?pages=a.b');
  });

  it('renders nothing for a single page', () => {
    const { container } = render(<Pagination />);
    expect(container).toBeEmptyDOMElement();
  });
});
