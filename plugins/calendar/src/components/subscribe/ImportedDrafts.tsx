import type { ImportResult } from '@community-hub/plugin-calendar-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import WarningIcon from '@material-ui/icons/Warning';
import { downloadFile } from '../../lib/downloadFile';
import { typeLabel } from '../../lib/eventTypes';
import { formatWallTime } from '../../lib/time';

const useStyles = makeStyles(theme => ({
  summary: { display: 'flex', flexDirection: 'column' },
  state: { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) },
  ok: { color: theme.palette.success.main },
  problem: { color: theme.palette.warning.main },
  yaml: {
    margin: 0,
    width: '100%',
    overflowX: 'auto',
    fontSize: '0.8rem',
    backgroundColor: theme.palette.background.default,
    padding: theme.spacing(1),
  },
  actions: { margin: theme.spacing(2, 0) },
}));

/** The YAML file of all drafts, one document each. */
export function draftsAsYaml(result: ImportResult): string {
  return `${result.drafts.map(draft => draft.yaml.trim()).join('\n---\n')}\n`;
}

/** The drafts of an import, their problems, and one download for all of them. */
export function ImportedDrafts(props: {
  result: ImportResult;
  fileName: string;
}) {
  const classes = useStyles();
  const { drafts, skipped } = props.result;
  const withProblems = drafts.filter(draft => draft.problems.length > 0).length;
  const yamlName = `${
    props.fileName.replace(/\.ics$/i, '') || 'imported'
  }-events.yaml`;

  return (
    <div aria-label="Imported drafts" role="region">
      <Typography variant="body1">
        {drafts.length === 1
          ? '1 draft event'
          : `${drafts.length} draft events`}{' '}
        read from {props.fileName}
        {withProblems > 0 &&
          `, ${withProblems} with problems to fix before saving`}
        {skipped.length > 0 && `; ${skipped.length} skipped`}.
      </Typography>
      {drafts.length > 0 && (
        <div className={classes.actions}>
          <Button
            variant="contained"
            color="primary"
            onClick={() =>
              downloadFile(
                yamlName,
                draftsAsYaml(props.result),
                'application/yaml',
              )
            }
          >
            Download {yamlName}
          </Button>
          <Typography variant="body2" color="textSecondary">
            Save it under community/events/calendar/, list it under "Events and
            the content calendar" in community/catalog.yaml, review the drafts
            and open a pull request.
          </Typography>
        </div>
      )}
      {drafts.map(draft => {
        const { metadata, spec } = draft.entity;
        return (
          <Accordion key={metadata.name} variant="outlined">
            <AccordionSummary expandIcon={<ExpandMoreIcon />}>
              <div className={classes.summary}>
                <Typography variant="subtitle2">
                  {metadata.title ?? metadata.name}
                </Typography>
                <Typography variant="body2" color="textSecondary">
                  {typeLabel(spec.type)}
                  {spec.start &&
                    `, ${formatWallTime(spec.start, spec.timeZone ?? 'UTC')}`}
                  {spec.timeZone && ` (${spec.timeZone})`}
                </Typography>
                {draft.problems.length === 0 ? (
                  <Typography
                    variant="body2"
                    className={`${classes.state} ${classes.ok}`}
                  >
                    <CheckCircleIcon fontSize="inherit" /> No problems found
                  </Typography>
                ) : (
                  draft.problems.map(problem => (
                    <Typography
                      key={problem}
                      variant="body2"
                      className={`${classes.state} ${classes.problem}`}
                    >
                      <WarningIcon fontSize="inherit" /> {problem}
                    </Typography>
                  ))
                )}
              </div>
            </AccordionSummary>
            <AccordionDetails>
              <pre className={classes.yaml}>{draft.yaml}</pre>
            </AccordionDetails>
          </Accordion>
        );
      })}
      {skipped.length > 0 && (
        <>
          <Typography
            variant="subtitle2"
            component="h4"
            className={classes.actions}
          >
            Skipped
          </Typography>
          <ul>
            {skipped.map((item, index) => (
              <li key={index}>
                <Typography variant="body2">
                  {item.summary ?? 'An untitled entry'}: {item.reason}
                </Typography>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
