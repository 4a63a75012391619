import assert from 'node:assert/strict';
import { eagerLoad, inject } from 'langium';
import { lazily } from '../../src/language/journey-parser.js';

describe('start-up', () => {
    describe('services built at their first use (lazily)', () => {
        it("survive Langium's container and its eager loading unbuilt, and work once used", () => {
            let built = 0;
            class Parser {
                readonly name = 'parser';
                parse(text: string): string {
                    return `${this.name}:${text}`;
                }
            }
            const services = inject({ parser: { LangiumParser: () => lazily(() => { built++; return new Parser(); }) } });
            eagerLoad(services);
            assert.equal(built, 0, 'eager loading does not build it');
            const parser = services.parser.LangiumParser;
            assert.equal(built, 0, 'handing it out does not build it');
            assert.equal(parser.parse('x'), 'parser:x', 'its methods run on the real object');
            assert.equal(built, 1);
            assert.ok(parser instanceof Parser);
            assert.equal(parser.parse('y'), 'parser:y');
            assert.equal(built, 1, 'built once');
        });
    });

});
