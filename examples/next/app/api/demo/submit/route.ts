import { demoSubmit } from '../../../../lib/identity';

export const POST = demoSubmit;
