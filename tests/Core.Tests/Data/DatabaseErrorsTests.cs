using ChildSafety.Core.Data;
using Microsoft.Data.Sqlite;

namespace ChildSafety.Core.Tests.Data;

public sealed class DatabaseErrorsTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public DatabaseErrorsTests()
    {
        connection.Open();
        Execute("PRAGMA foreign_keys=ON; CREATE TABLE schools (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);" +
            "CREATE TABLE staff (id INTEGER PRIMARY KEY, school INTEGER NOT NULL REFERENCES schools(id)); INSERT INTO schools VALUES (1, 'A');");
    }

    [Fact]
    public void A_second_row_with_the_same_unique_value_or_key_is_the_race_that_was_lost()
    {
        var byIndex = Refusal("INSERT INTO schools VALUES (2, 'A')");
        var byKey = Refusal("INSERT INTO schools VALUES (1, 'B')");

        Assert.All(new[] { byIndex, byKey }, e => Assert.True(DatabaseErrors.IsUniqueViolation(e) && DatabaseErrors.IsConstraintViolation(e)));
    }

    [Fact]
    public void A_missing_parent_row_is_a_constraint_violation_but_not_a_unique_one()
    {
        var refusal = Refusal("INSERT INTO staff VALUES (1, 99)");

        Assert.False(DatabaseErrors.IsUniqueViolation(refusal));
        Assert.True(DatabaseErrors.IsConstraintViolation(refusal));
    }

    [Fact]
    public void Other_failures_are_neither_even_when_EF_wraps_them()
    {
        var noTable = Refusal("INSERT INTO pupils VALUES (1)");
        var wrapped = new Microsoft.EntityFrameworkCore.DbUpdateException("save failed", noTable);

        Assert.All(new Exception[] { noTable, wrapped }, e => Assert.False(DatabaseErrors.IsUniqueViolation(e) || DatabaseErrors.IsConstraintViolation(e)));
        Assert.True(DatabaseErrors.IsUniqueViolation(new Microsoft.EntityFrameworkCore.DbUpdateException("save failed", Refusal("INSERT INTO schools VALUES (3, 'A')"))));
    }

    public void Dispose() => connection.Dispose();

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteException Refusal(string sql) => Assert.Throws<SqliteException>(() => Execute(sql));
}
