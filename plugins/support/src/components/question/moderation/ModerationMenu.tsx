import { useState } from 'react';
import type {
  Question,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import Button from '@material-ui/core/Button';
import Menu from '@material-ui/core/Menu';
import MenuItem from '@material-ui/core/MenuItem';
import ArrowDropDownIcon from '@material-ui/icons/ArrowDropDown';
import { AssignDialog } from './AssignDialog';
import { CloseDialog } from './CloseDialog';
import { DuplicateDialog } from './DuplicateDialog';
import { MoveDialog } from './MoveDialog';
import { PriorityDialog } from './PriorityDialog';

type DialogName = 'close' | 'duplicate' | 'assign' | 'priority' | 'move';

const ITEMS: Array<{ name: DialogName; label: string }> = [
  { name: 'close', label: 'Close' },
  { name: 'duplicate', label: 'Mark as duplicate' },
  { name: 'assign', label: 'Assign' },
  { name: 'priority', label: 'Change priority' },
  { name: 'move', label: 'Move to another queue' },
];

/** The team's actions on a question, each in its own dialog. */
export function ModerationMenu(props: {
  question: Question;
  queues: SupportQueue[];
  busy: boolean;
  run(action: () => Promise<unknown>): Promise<boolean>;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<DialogName>();
  const common = {
    question: props.question,
    busy: props.busy,
    run: props.run,
    onClose: () => setDialog(undefined),
  };
  const closed = props.question.status === 'closed';

  return (
    <>
      <Button
        variant="outlined"
        size="small"
        aria-haspopup="menu"
        aria-controls="support-moderation-menu"
        endIcon={<ArrowDropDownIcon />}
        onClick={e => setAnchor(e.currentTarget)}
      >
        Moderate
      </Button>
      <Menu
        id="support-moderation-menu"
        anchorEl={anchor}
        keepMounted={false}
        open={!!anchor}
        onClose={() => setAnchor(null)}
      >
        {ITEMS.filter(
          item =>
            !closed || (item.name !== 'close' && item.name !== 'duplicate'),
        ).map(item => (
          <MenuItem
            key={item.name}
            onClick={() => {
              setAnchor(null);
              setDialog(item.name);
            }}
          >
            {item.label}
          </MenuItem>
        ))}
      </Menu>
      {dialog === 'close' && <CloseDialog open {...common} />}
      {dialog === 'duplicate' && <DuplicateDialog open {...common} />}
      {dialog === 'assign' && <AssignDialog open {...common} />}
      {dialog === 'priority' && <PriorityDialog open {...common} />}
      {dialog === 'move' && (
        <MoveDialog open {...common} queues={props.queues} />
      )}
    </>
  );
}
