import type { InvalidField } from '../../shared/model/validation';
import { describeRaw } from '../../shared/model/validation';

/**
 * Values that another version or a peer wrote and this version cannot read.
 * They stay in the document untouched; editing the field replaces them.
 */
export function InvalidFields({ fields, context }: { fields: InvalidField[]; context: string }) {
  if (fields.length === 0) return null;
  return (
    <div className="banner warning" role="note" aria-label={`Invalid ${context} fields`}>
      <strong>Some values could not be read</strong> (written by another version of Rapport or another device). They are kept as they are:
      <ul>
        {fields.map((field) => (
          <li key={field.field} data-invalid-field={field.field}>
            <code>{field.field}</code>: {describeRaw(field.raw)} — {field.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
