import { PermissionRuleset } from '@backstage/plugin-permission-node';
import {
  SupportTicket,
  supportTicketPermissionRules,
} from '../permissions/rules';
import { TicketFilter } from '../store/SupportStore';

/** The `support-ticket` ruleset, as the permissions registry hands it out. */
export const ticketRuleset: PermissionRuleset<
  SupportTicket,
  TicketFilter,
  'support-ticket'
> = {
  getRuleByName: name => {
    const rule = supportTicketPermissionRules.find(r => r.name === name);
    if (!rule) throw new Error(`Unknown support-ticket rule ${name}`);
    return rule as ReturnType<
      PermissionRuleset<
        SupportTicket,
        TicketFilter,
        'support-ticket'
      >['getRuleByName']
    >;
  },
};
