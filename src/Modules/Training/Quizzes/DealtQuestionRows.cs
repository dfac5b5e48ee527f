using System.Data.Common;
using System.Globalization;
using System.Text;
using ChildSafety.Core.Data;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// Stores an attempt's dealt questions in one statement. EF inserts them a row and a command at a time on SQLite;
/// for a quiz of ten that was most of the cost of starting an attempt. Written by hand with parameters typed as EF
/// would (<see cref="PropertyParameter"/>); the answer columns start empty.
/// </summary>
internal static class DealtQuestionRows
{
    public static Task InsertAsync(TrainingDbContext db, long attemptId, IReadOnlyList<AttemptQuestion> dealt, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("""INSERT INTO "AttemptQuestions" ("AttemptId", "Order", "QuestionId", "OptionOrder") VALUES """);
        var parameters = new List<DbParameter> { PropertyParameter.Of<AttemptQuestion>(db, nameof(AttemptQuestion.AttemptId), attemptId, "attempt") };
        for (var i = 0; i < dealt.Count; i++)
        {
            var row = dealt[i];
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@attempt, @order{i}, @question{i}, @options{i})");
            parameters.Add(PropertyParameter.Of<AttemptQuestion>(db, nameof(AttemptQuestion.Order), row.Order, $"order{i}"));
            parameters.Add(PropertyParameter.Of<AttemptQuestion>(db, nameof(AttemptQuestion.QuestionId), row.QuestionId, $"question{i}"));
            parameters.Add(PropertyParameter.Of<AttemptQuestion>(db, nameof(AttemptQuestion.OptionOrder), row.OptionOrder, $"options{i}"));
        }
        return db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }
}
