/**
 * An option value parser that refuses a value outside `choices` exactly as commander's `Option#choices` does (the usage
 * error "option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json.", exit 2, `sbr:usage`
 * in JSON with `--format json`), without changing the option's help line (tests/cli/help: the help is a contract).
 */
import { InvalidArgumentError } from 'commander';

/** `(value) => value` when `value` is one of `choices`. @throws InvalidArgumentError (commander: usage error) else */
export function oneOf(...choices: string[]): (value: string) => string {
  return (value) => {
    if (!choices.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return value;
  };
}
