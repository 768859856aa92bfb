using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SchoolImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_EstablishmentId",
                table: "AspNetUsers");

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "CohortMembers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ine",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SchoolStatus",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StsId",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_EstablishmentId_Ine",
                table: "AspNetUsers",
                columns: new[] { "EstablishmentId", "Ine" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_EstablishmentId_StsId",
                table: "AspNetUsers",
                columns: new[] { "EstablishmentId", "StsId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_EstablishmentId_Ine",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_EstablishmentId_StsId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "CohortMembers");

            migrationBuilder.DropColumn(
                name: "Ine",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SchoolStatus",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "StsId",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_EstablishmentId",
                table: "AspNetUsers",
                column: "EstablishmentId");
        }
    }
}
