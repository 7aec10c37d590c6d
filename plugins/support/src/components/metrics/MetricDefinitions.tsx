import { Link } from '@backstage/core-components';
import type { SupportMetricDefinition } from '@community-hub/plugin-support-common';
import Typography from '@material-ui/core/Typography';

/** What each number means, with the version of its definition. */
export function MetricDefinitions(props: {
  definitions: SupportMetricDefinition[];
  used?: Record<string, string>;
}) {
  return (
    <dl aria-label="Metric definitions">
      {props.definitions.map(definition => {
        const usedVersion = props.used?.[definition.id];
        return (
          <div key={definition.id}>
            <Typography component="dt" variant="subtitle2">
              {definition.title} (version {definition.version})
            </Typography>
            <Typography component="dd" variant="body2">
              {definition.definition}
              {usedVersion && usedVersion !== definition.version && (
                <> The numbers above use version {usedVersion}.</>
              )}
              {definition.reference && (
                <>
                  {' '}
                  <Link to={definition.reference}>Reference</Link>
                </>
              )}
            </Typography>
          </div>
        );
      })}
    </dl>
  );
}
