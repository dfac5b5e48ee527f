using ChildSafety.Core.Data;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ChildSafety.Core.Tests.Data;

public class DatabaseSettingsTests
{
    private static DatabaseSettings From(Dictionary<string, string?> values) =>
        DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), "/srv/site");

    [Fact]
    public void PostgreSQL_connections_go_back_to_the_pool_without_a_reset_and_keep_the_rest_of_the_string()
    {
        var settings = From(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = "Host=db;Port=5433;Username=site;Database=province;Maximum Pool Size=12",
        });

        var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.True(connection.NoResetOnClose);
        Assert.Equal(("db", 5433, "site", "province", 12), (connection.Host, connection.Port, connection.Username, connection.Database, connection.MaxPoolSize));
    }

    [Theory]
    [InlineData("Host=db;Username=site", 100)]
    [InlineData("Host=db;Username=site;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Username=site;MaxAutoPrepare=20", 20)]
    public void PostgreSQL_connections_prepare_the_statements_they_repeat_unless_the_operator_says_otherwise(string given, int prepared)
    {
        var settings = From(new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Default"] = given });

        Assert.Equal(prepared, new NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxAutoPrepare);
    }

    [Fact]
    public void SQLite_defaults_to_a_file_in_the_data_folder() =>
        Assert.Equal($"Data Source={Path.Combine("/srv/site/App_Data", "site.db")}", From(new()).ConnectionString);
}
