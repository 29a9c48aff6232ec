import type { ParamSchema } from './parameterSchemas.js';
import type { FormValue } from './parseForm.js';
import { ParamError } from './stripeErrors.js';

/** A parameter value once checked against its schema. `''` stays: it is Stripe's "unset". */
export type ParamValue = string | number | boolean | ParamValue[] | { [key: string]: ParamValue };
export type Params = { [key: string]: ParamValue };

const childName = (name: string, key: string) => (name ? `${name}[${key}]` : key);

function oneOf(values: string[]): string {
  return values.length < 3
    ? values.join(' or ')
    : `${values.slice(0, -1).join(', ')}, or ${values.at(-1)}`;
}

function emptyError(name: string): ParamError {
  return new ParamError(
    name,
    `You passed an empty string for '${name}'. We assume empty values are an attempt to unset a parameter; however '${name}' cannot be unset. You should remove '${name}' from your request or supply a non-empty value.`,
    'parameter_invalid_empty',
  );
}

function checkString(schema: ParamSchema, value: FormValue, name: string): string {
  if (typeof value !== 'string') throw new ParamError(name, `Invalid string: ${name}`);
  if (schema.enum) {
    if (!schema.enum.includes(value)) {
      if (value === '') throw emptyError(name);
      throw new ParamError(name, `Invalid ${name}: must be one of ${oneOf(schema.enum)}`);
    }
    return value;
  }
  if (value === '') throw emptyError(name);
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    throw new ParamError(
      name,
      `Invalid string: ${value.slice(0, 20)}...; must be at most ${schema.maxLength} characters`,
    );
  }
  return value;
}

function checkObject(schema: ParamSchema, value: FormValue, name: string): Params {
  if (value === '') throw emptyError(name);
  if (typeof value !== 'object') {
    throw new ParamError(name, `Invalid object: ${name} must be a hash`);
  }
  const out: Params = {};
  for (const [key, child] of Object.entries(value)) {
    const param = childName(name, key);
    const known = schema.properties?.[key];
    if (known) {
      out[key] = checkValue(known, child, param);
    } else if (typeof schema.additionalProperties === 'object') {
      // A metadata value: `''` unsets that key (Stripe's rule), so it passes as it is.
      out[key] = child === '' ? '' : checkValue(schema.additionalProperties, child, param);
    } else {
      throw new ParamError(param, `Received unknown parameter: ${param}`, 'parameter_unknown');
    }
  }
  for (const key of schema.required ?? []) {
    if (!(key in out)) {
      const param = childName(name, key);
      throw new ParamError(param, `Missing required param: ${param}.`, 'parameter_missing');
    }
  }
  return out;
}

function checkArray(schema: ParamSchema, value: FormValue, name: string): ParamValue[] {
  if (value === '') throw emptyError(name);
  const entries = typeof value === 'object' ? Object.entries(value) : null;
  if (!entries || entries.some(([key]) => !/^\d+$/.test(key))) {
    throw new ParamError(name, `Invalid array: ${name}`);
  }
  return entries
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([key, item]) => checkValue(schema.items ?? {}, item, `${name}[${key}]`));
}

/** `anyOf`: the emptyable `''`, else the branch of the value's shape (a hash or a scalar). */
function checkAnyOf(branches: ParamSchema[], value: FormValue, name: string): ParamValue {
  if (value === '' && branches.some((b) => b.enum?.includes(''))) return '';
  const shaped = branches.find((b) => (b.type === 'object') === (typeof value === 'object'));
  if (!shaped) throw new ParamError(name, `Invalid ${name}`);
  return checkValue(shaped, value, name);
}

/**
 * Checks one form value against its schema and returns it typed (numbers, booleans, arrays);
 * throws Stripe's 400 as a {@link ParamError} naming the parameter.
 */
export function checkValue(schema: ParamSchema, value: FormValue, name: string): ParamValue {
  if (schema.anyOf) return checkAnyOf(schema.anyOf, value, name);
  switch (schema.type) {
    case 'object':
      return checkObject(schema, value, name);
    case 'array':
      return checkArray(schema, value, name);
    case 'integer':
      if (typeof value !== 'string' || !/^-?\d{1,15}$/.test(value)) {
        throw new ParamError(
          name,
          `Invalid integer: ${String(value)}`,
          'parameter_invalid_integer',
        );
      }
      return Number(value);
    case 'boolean':
      if (value !== 'true' && value !== 'false') {
        throw new ParamError(name, `Invalid boolean: ${String(value)}`);
      }
      return value === 'true';
    default:
      return checkString(schema, value, name);
  }
}

/** Checks a request's parameters (its form, unfolded) against an operation's schema. */
export function validateParams(schema: ParamSchema, form: FormValue): Params {
  return checkObject(schema, form, '') as Params;
}
