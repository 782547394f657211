#!/usr/bin/env node
// Reads a JSON array of sentences on stdin and writes [{ sentence, grade }] on
// stdout: Flesch-Kincaid grade from wooorm's flesch-kincaid and syllable
// (ES modules, so jest calls this script rather than importing them).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const input = JSON.parse(await new Promise((resolve) => {
  let data = '';
  process.stdin.on('data', (chunk) => (data += chunk));
  process.stdin.on('end', () => resolve(data));
}));

const scored = input.map((sentence) => {
  const words = sentence.match(/[\p{L}\p{N}’']+/gu) ?? [];
  const counts = { sentence: 1, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) };
  return { sentence, grade: words.length === 0 ? 0 : fleschKincaid(counts) };
});
process.stdout.write(JSON.stringify(scored));
