// The smallest deployable faasport function for AWS: what every bundle carries before the user's code.
import { toLambda } from '@faasport/adapter-aws';
import { http } from '@faasport/core';

export const handler = toLambda(http(() => new Response('hi')));
