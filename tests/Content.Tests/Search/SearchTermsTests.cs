using ChildSafety.Content.Search;

namespace ChildSafety.Content.Tests.Search;

public class SearchTermsTests
{
    [Fact]
    public void Accents_case_and_punctuation_do_not_change_the_words() =>
        Assert.Equal(["xam", "hai", "tre", "em"], SearchTerms.Parse("  Xâm hại, TRẺ em!! ").Words);

    [Fact]
    public void Query_syntax_typed_by_a_visitor_is_only_words() =>
        Assert.Equal("\"xam\"* \"or\"* \"hai\"* \"drop\"* \"table\"*", SearchTerms.Parse("xâm\" OR hại*; DROP TABLE --").ToFts5());

    [Fact]
    public void A_repeated_word_counts_once_and_only_a_handful_are_kept()
    {
        Assert.Equal(["em"], SearchTerms.Parse("em em Em").Words);
        Assert.Equal(SearchTerms.MaxWords, SearchTerms.Parse("a b c d e f g h i j k").Words.Count);
    }

    [Fact]
    public void Nothing_but_punctuation_is_an_empty_search() =>
        Assert.True(SearchTerms.Parse("?!… —").IsEmpty);

    [Fact]
    public void The_postgres_query_asks_for_every_word_as_a_prefix() =>
        Assert.Equal("tong:* & dai:* & 111:*", SearchTerms.Parse("Tổng đài 111").ToTsQuery());
}
