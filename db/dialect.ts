// The SQLite dialect the app's stores use: Kysely's own, with row counts written into the SQL.
//
// Kysely binds LIMIT and OFFSET as parameters. SQLite cannot size a sort by a bound LIMIT when it
// prepares the statement, so each run of an ordered page query sets up a full sorter instead of a
// top-N one: a two-row search page took 88 µs with `limit ?` and 11 µs with `limit 50` (the large
// benchmark facility). The counts are integers checked by the contract's schemas; anything else
// (a string, a fraction, an expression) is still bound as before.
import {
  SqliteDialect,
  SqliteQueryCompiler,
  ValueNode,
  type LimitNode,
  type OffsetNode,
  type OperationNode,
  type QueryCompiler,
} from 'kysely';

class InlineCountsCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    this.append('limit ');
    this.appendCount(node.limit);
  }

  protected override visitOffset(node: OffsetNode): void {
    this.append('offset ');
    this.appendCount(node.offset);
  }

  private appendCount(node: OperationNode): void {
    if (ValueNode.is(node) && typeof node.value === 'number' && Number.isSafeInteger(node.value) && node.value >= 0) {
      this.append(String(node.value));
    } else this.visitNode(node);
  }
}

export class StoreDialect extends SqliteDialect {
  override createQueryCompiler(): QueryCompiler {
    return new InlineCountsCompiler();
  }
}
