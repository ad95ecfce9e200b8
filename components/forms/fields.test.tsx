// Server render of every field with an error, as after a failed save: the label names the control,
// and the control is marked invalid and described by its description and its error message.
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { CheckboxField, SelectField } from "./choice-fields";
import { Form, SubmitButton } from "./form";
import { NumberField } from "./number-field";
import { RelationPicker } from "./relation-picker";
import { DateField, TextareaField, TextField } from "./text-fields";

type Values = { text: string; notes: string; day: string | null; amount: number | null; status: string; active: boolean; owner: string | null };
const values: Values = { text: "a", notes: "", day: null, amount: 1250, status: "draft", active: true, owner: "u1" };

type RenderField = (form: ReturnType<typeof useForm<Values>>) => ReactNode;

function Harness({ field, errorOn }: { field: RenderField; errorOn?: keyof Values }) {
  const errors = errorOn ? { [errorOn]: { type: "server", message: "Not accepted." } } : undefined;
  const form = useForm<Values>({ defaultValues: values, errors });
  return (
    <Form form={form} onSubmit={async () => {}}>
      {field(form)}
      <SubmitButton>Save</SubmitButton>
    </Form>
  );
}

const common = { label: "The label", description: "Some help." };

describe.each<[keyof Values, RenderField]>([
  ["text", (f) => <TextField control={f.control} name="text" {...common} />],
  ["notes", (f) => <TextareaField control={f.control} name="notes" {...common} />],
  ["day", (f) => <DateField control={f.control} name="day" {...common} />],
  ["amount", (f) => <NumberField control={f.control} name="amount" scale={100} {...common} />],
  ["status", (f) => <SelectField control={f.control} name="status" options={[{ value: "draft", label: "Draft" }]} {...common} />],
  ["active", (f) => <CheckboxField control={f.control} name="active" {...common} />],
  ["owner", (f) => <RelationPicker control={f.control} name="owner" search={async () => []} initialLabel="Ada" {...common} />],
])("%s field", (name, field) => {
  it("ties label, description and error to the control", () => {
    const html = renderToString(<Harness field={field} errorOn={name} />);
    const controlId = /<label[^>]*for="([^"]+)"[^>]*>The label<\/label>/.exec(html)?.[1];
    expect(controlId).toBeDefined();
    const control = new RegExp(`<[a-z]+ [^>]*id="${controlId}"[^>]*>`).exec(html)?.[0] ?? "";
    expect(control).toContain('aria-invalid="true"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(control)?.[1].split(" ") ?? [];
    const texts = describedBy.map((id) => new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1]);
    expect(texts).toEqual(["Some help.", "Not accepted."]);
  });
});

describe("field values", () => {
  it("shows scaled numbers and the initial label of a relation", () => {
    const html = renderToString(
      <Harness
        field={(f) => (
          <>
            <NumberField control={f.control} name="amount" label="Price" scale={100} />
            <RelationPicker control={f.control} name="owner" label="Owner" search={async () => []} initialLabel="Ada Admin" />
          </>
        )}
      />,
    );
    expect(html).toContain('value="12.5"');
    expect(html).toContain("Ada Admin");
  });
});
