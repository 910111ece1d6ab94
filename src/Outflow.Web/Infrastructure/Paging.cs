namespace Outflow.Web.Infrastructure;

/// <summary>Validates page and page_size query values.</summary>
public static class Paging
{
    public static (int Offset, int Limit) Parse(int? page, int? pageSize, int max)
    {
        var p = page ?? 1;
        var size = pageSize ?? 50;
        if (p < 1) throw new ArgumentException("page: must be 1 or more");
        if (size < 1 || size > max) throw new ArgumentException($"page_size: must be between 1 and {max}");
        if ((long)(p - 1) * size > int.MaxValue) throw new ArgumentException("page: too large");
        return ((p - 1) * size, size);
    }

    public static IResult BadRequest(ArgumentException ex) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad parameter", detail: ex.Message);
}
