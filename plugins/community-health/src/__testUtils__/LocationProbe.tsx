import { useLocation } from 'react-router-dom';

/** Shows the current path and query string, so tests can check navigation. */
export function LocationProbe() {
  const location = useLocation();
  return (
    <div data-testid="location">
      {location.pathname}
      {location.search}
    </div>
  );
}

/** The query string the probe shows, parsed. */
export function probedSearch(element: HTMLElement): URLSearchParams {
  const text = element.textContent ?? '';
  return new URLSearchParams(text.includes('?') ? text.split('?')[1] : '');
}
