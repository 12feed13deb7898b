// Every rule of SPEC §3, in the order their findings are listed when they start at the same place.

import { addressForm } from '../checks/address-form';
import { competitor } from '../checks/competitor';
import { customerData } from '../checks/customer-data';
import { facebookHashtags } from '../checks/facebook-hashtags';
import { frontmatter } from '../checks/frontmatter';
import { hashtagCount } from '../checks/hashtag-count';
import { instagramLinks } from '../checks/instagram-links';
import { length } from '../checks/length';
import { markdown } from '../checks/markdown';
import { signOff } from '../checks/sign-off';
import { styledUnicode } from '../checks/styled-unicode';
import { tone } from '../checks/tone';
import type { Rule } from './rule';
import type { RuleId } from '../types';

export const ALL_RULES: readonly Rule[] = [
  frontmatter,
  length,
  facebookHashtags,
  hashtagCount,
  signOff,
  customerData,
  addressForm,
  competitor,
  tone,
  markdown,
  instagramLinks,
  styledUnicode,
];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.meta.id === id);
}

export const RULE_IDS: readonly RuleId[] = ALL_RULES.map((rule) => rule.meta.id);
